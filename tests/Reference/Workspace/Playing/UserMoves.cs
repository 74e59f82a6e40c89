using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Users: created with roles and a login token; roles, tokens and <c>utcOffset</c> changed.</summary>
internal static class UserMoves
{
    public static readonly IReadOnlyDictionary<string, string[]> Presets = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["manager"] = ["user", "livechat-manager"],
        ["monitor"] = ["user", "livechat-monitor"],
        ["agent"] = ["user", "livechat-agent"],
        ["admin"] = ["admin"],
        ["user"] = ["user"],
    };

    private static readonly double[] Offsets = [0, 3, -4, 5.5, 5.75, 9, -3, 1, -7, 10.5];

    public static void AddUser(PlayContext c)
    {
        var preset = c.Op.With is { } p && Presets.ContainsKey(p) ? p : "user";
        var id = c.Id(c.Op.Target);
        var username = $"{preset}.{c.Op.Target.ToLowerInvariant()}";
        var tokenLabel = c.Op.Target + ".t0";
        var token = Ids.Secret(c.Seed, tokenLabel);
        var offset = c.Chance(0.8) ? JsNumbers.Of(c.Pick(Offsets)) : null;
        var time = c.Db.Insert(Collections.Users, id, t =>
        {
            var user = new BsonDocument
            {
                ["_id"] = id,
                ["createdAt"] = new BsonDateTime(t),
                ["services"] = new BsonDocument
                {
                    ["password"] = new BsonDocument("bcrypt", "$2b$10$" + Ids.Secret(c.Seed, "password:" + id)),
                    ["resume"] = new BsonDocument("loginTokens", new BsonArray { LoginToken(t, token) }),
                },
                ["username"] = username,
                ["emails"] = new BsonArray { new BsonDocument { ["address"] = username + "@example.com", ["verified"] = true } },
                ["type"] = "user",
                ["status"] = "offline",
                ["active"] = true,
                ["_updatedAt"] = new BsonDateTime(t),
                ["roles"] = new BsonArray(Presets[preset]),
                ["name"] = username.ToUpperInvariant(),
            };
            if (offset is not null)
                user["utcOffset"] = offset;
            if (preset == "agent")
                user["statusLivechat"] = "available";
            return user;
        }, versioned: !c.Op.Unversioned);
        if (time is null)
            return;
        c.UserPresets[id] = preset;
        c.Tokens.Issue(tokenLabel, id, username, token, c.Db.Writes.Count - 1);
    }

    // Adds the role when the user lacks it, removes it when the user has it.
    public static void ChangeRoles(PlayContext c)
    {
        if (c.Op.With is not { } role)
            return;
        c.Db.Update(Collections.Users, c.Id(c.Op.Target), (user, _) => BsonPaths.Strings(user, "roles").Contains(role)
            ? new DocumentUpdate().Pull("roles", v => v == role)
            : new DocumentUpdate().AddToSet("roles", role));
    }

    public static void AddLoginToken(PlayContext c)
    {
        if (c.Op.With is not { } label || c.Tokens.Find(label) is not null || c.User(c.Op.Target) is not { } user)
            return;
        var token = Ids.Secret(c.Seed, label);
        var personal = c.Chance(0.3);
        var time = c.Db.Update(Collections.Users, user["_id"].AsString, (_, t) =>
        {
            var entry = LoginToken(t, token);
            if (personal)
            {
                entry.AddRange(new BsonDocument { ["type"] = "personalAccessToken", ["name"] = "pat-" + label, ["lastTokenPart"] = token[^6..], ["bypassTwoFactor"] = false });
            }
            return new DocumentUpdate().Push("services.resume.loginTokens", entry);
        });
        if (time is not null)
            c.Tokens.Issue(label, user["_id"].AsString, user["username"].AsString, token, c.Db.Writes.Count - 1);
    }

    public static void RevokeLoginToken(PlayContext c)
    {
        if (c.Op.With is not { } label || c.Tokens.Find(label) is not { RevokedAtWrite: null } issued || issued.UserId != c.Id(c.Op.Target))
            return;
        var hashed = Ids.HashedToken(issued.Token);
        bool Matches(BsonValue entry) => entry is BsonDocument d && d.GetValue("hashedToken", BsonNull.Value) == hashed;
        var time = c.Db.Update(Collections.Users, issued.UserId, (user, _) =>
            BsonPaths.At(user, "services.resume.loginTokens") is BsonArray tokens && tokens.Any(Matches)
                ? new DocumentUpdate().Pull("services.resume.loginTokens", Matches)
                : null);
        if (time is not null)
            c.Tokens.Revoke(label, c.Db.Writes.Count - 1);
    }

    public static void ChangeUtcOffset(PlayContext c)
    {
        var index = c.Dice.Next(Offsets.Length);
        c.Db.Update(Collections.Users, c.Id(c.Op.Target), (user, _) =>
        {
            var offset = Offsets[index];
            if (user.GetValue("utcOffset", BsonNull.Value) is { IsNumeric: true } current && current.ToDouble() == offset)
                offset = Offsets[(index + 1) % Offsets.Length];
            return new DocumentUpdate().Set("utcOffset", JsNumbers.Of(offset));
        });
    }

    private static BsonDocument LoginToken(long time, string token) =>
        new() { ["when"] = new BsonDateTime(time), ["hashedToken"] = Ids.HashedToken(token) };
}
