namespace OmniCharts.QueryApi.Auth;

/// <summary>The permission the charts need, <c>view-livechat-manager</c>.</summary>
public static class ManagerPermission
{
    /// <summary>The permission's id in <c>rocketchat_permissions</c>.</summary>
    public const string Id = "view-livechat-manager";

    /// <summary>Rocket.Chat's default roles for it, used until the permission document was synced.</summary>
    public static readonly IReadOnlyList<string> DefaultRoles = ["admin", "livechat-manager", "livechat-monitor"];

    /// <summary>
    /// Whether one of <paramref name="userRoles"/> (newline-separated) is among the permission's roles:
    /// <paramref name="permissionRoles"/> (newline-separated) when <paramref name="synced"/>, else the defaults.
    /// </summary>
    public static bool IsHeldBy(string? userRoles, bool synced, string? permissionRoles)
    {
        var allowed = synced ? Split(permissionRoles) : DefaultRoles;
        return Split(userRoles).Any(allowed.Contains);
    }

    private static string[] Split(string? roles) =>
        (roles ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
