using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Permissions and settings: created (perhaps unversioned), their roles and values changed.</summary>
internal static class DirectoryMoves
{
    public const string ManagerPermission = "view-livechat-manager";

    public static void CreatePermission(PlayContext c)
    {
        var roles = DefaultRoles(c);
        c.Db.Insert(Collections.Permissions, c.Op.Target, t =>
            new BsonDocument { ["_id"] = c.Op.Target, ["roles"] = roles, ["_updatedAt"] = new BsonDateTime(t) }, versioned: !c.Op.Unversioned);
    }

    // Toggles one role (an $addToSet or a $pull); "reset" replaces the document with its defaults, as an administrator's reset does.
    public static void ChangePermission(PlayContext c)
    {
        if (c.Op.With is not { } role)
            return;
        if (role == "reset")
        {
            var roles = DefaultRoles(c);
            c.Db.Replace(Collections.Permissions, c.Op.Target, (_, t) =>
                new BsonDocument { ["_id"] = c.Op.Target, ["roles"] = roles, ["_updatedAt"] = new BsonDateTime(t) });
            return;
        }
        c.Db.Update(Collections.Permissions, c.Op.Target, (permission, _) => BsonPaths.Strings(permission, "roles").Contains(role)
            ? new DocumentUpdate().Pull("roles", v => v == role)
            : new DocumentUpdate().AddToSet("roles", role));
    }

    public static void CreateSetting(PlayContext c)
    {
        var value = c.Op.With ?? "";
        c.Db.Insert(Collections.Settings, c.Op.Target, t => new BsonDocument
        {
            ["_id"] = c.Op.Target,
            ["createdAt"] = new BsonDateTime(t),
            ["type"] = c.Op.Target == "Language" ? "language" : "select",
            ["public"] = false,
            ["group"] = c.Op.Target == "Language" ? "General" : "Omnichannel",
            ["packageValue"] = c.Op.Target == "Default_Timezone_For_Reporting" ? "server" : "",
            ["value"] = value,
            ["i18nLabel"] = c.Op.Target,
            ["ts"] = new BsonDateTime(t),
            ["_updatedAt"] = new BsonDateTime(t),
        }, versioned: !c.Op.Unversioned);
    }

    public static void ChangeSetting(PlayContext c)
    {
        var value = c.Op.With ?? "";
        c.Db.Update(Collections.Settings, c.Op.Target, (setting, _) =>
            setting.GetValue("value", BsonNull.Value) == value ? null : new DocumentUpdate().Set("value", value));
    }

    private static BsonArray DefaultRoles(PlayContext c) => c.Op.Target == ManagerPermission
        ? c.Chance(0.25) ? ["admin", "livechat-manager"] : ["admin", "livechat-manager", "livechat-monitor"]
        : ["admin", "livechat-manager", "livechat-monitor", "livechat-agent"];
}
