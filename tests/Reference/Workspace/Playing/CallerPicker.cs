using OmniCharts.Reference.Histories;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>
/// The callers a test sends: for each of <c>manager</c>, <c>monitor</c>, <c>agent</c> (no <c>view-livechat-manager</c>)
/// and <c>admin</c>, the first user created with that role whose token was never revoked; and <c>revoked</c>, a
/// token that was revoked (a manager's when one was). A role the played script never created is left out.
/// </summary>
internal static class CallerPicker
{
    public static IReadOnlyDictionary<string, Credential> Pick(PlayContext c)
    {
        var tokens = c.Tokens.All();
        var callers = new Dictionary<string, Credential>(StringComparer.Ordinal);
        foreach (var role in new[] { "manager", "monitor", "agent", "admin" })
        {
            if (tokens.FirstOrDefault(t => t.RevokedAtWrite is null && c.UserPresets.GetValueOrDefault(t.UserId) == role) is { } token)
                callers[role] = new Credential(token.UserId, token.Token);
        }
        var revoked = tokens.Where(t => t.RevokedAtWrite is not null)
            .OrderBy(t => c.UserPresets.GetValueOrDefault(t.UserId) == "manager" ? 0 : 1).FirstOrDefault();
        if (revoked is not null)
            callers["revoked"] = new Credential(revoked.UserId, revoked.Token);
        return callers;
    }
}
