namespace OmniCharts.Reference.Workspace.Planning;

/// <summary>
/// Settings, permissions and users: the callers first (U0 manager, U1 monitor, U2 agent, U3 admin, U4 a manager whose
/// first token is revoked), then agents and plain users, some legacy; then changes over the weeks.
/// </summary>
internal static class DirectoryPlan
{
    public const int CoreUsers = 5;
    private static readonly string[] Modes = ["server", "server", "custom", "custom", "user"];
    private static readonly string[] Zones = ["UTC", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", ""];
    private static readonly string[] FractionalZones = ["Asia/Kolkata", "Asia/Kathmandu"];
    private static readonly string[] DstZones = ["America/New_York", "Europe/Berlin", "America/Santiago"];
    private static readonly string[] Roles = ["livechat-agent", "livechat-manager", "livechat-monitor", "admin", "user"];

    /// <summary>Plans the directory; returns the user labels.</summary>
    public static IReadOnlyList<string> Plan(PlanBuilder p, WorkspaceOptions options)
    {
        p.Add(p.Bootstrap(), OperationKind.CreateSetting, "Default_Timezone_For_Reporting", p.Pick(Modes), p.Chance(0.2));
        p.Add(p.Bootstrap(), OperationKind.CreateSetting, "Default_Custom_Timezone", p.Pick(Zones), p.Chance(0.5));
        p.Add(p.Bootstrap(), OperationKind.CreateSetting, "Language", "en", unversioned: true);
        p.Add(p.Bootstrap(), OperationKind.CreatePermission, "view-livechat-manager", unversioned: p.Chance(0.3));
        p.Add(p.Bootstrap(), OperationKind.CreatePermission, "view-livechat-rooms", unversioned: true);

        var users = new List<string>();
        var agents = Math.Max(3, options.Users / 4);
        string[] core = ["manager", "monitor", "agent", "admin", "manager"];
        for (var i = 0; i < options.Users; i++)
        {
            var label = p.Label("U");
            users.Add(label);
            var preset = i < CoreUsers ? core[i] : i < CoreUsers + agents ? "agent" : "user";
            var late = i >= CoreUsers + agents && p.Chance(0.15);
            var at = late ? PlanTimes.Busy(p.Random, p.Live, p.Middle) : p.Bootstrap();
            p.Add(at, OperationKind.AddUser, label, preset, unversioned: !late && i >= CoreUsers + agents - 1 && p.Chance(0.2));
        }

        p.Add(PlanTimes.Busy(p.Random, p.Live + 43_200_000, p.Live + 3 * 86_400_000), OperationKind.RevokeLoginToken, users[4], users[4] + ".t0");
        Changes(p, options, users);
        return users;
    }

    private static void Changes(PlanBuilder p, WorkspaceOptions options, List<string> users)
    {
        for (var i = 0; i < options.Users / 2; i++)
        {
            var user = p.Pick(users);
            var token = p.Label("T");
            var at = PlanTimes.Busy(p.Random, p.Live, p.Latest);
            p.Add(at, OperationKind.AddLoginToken, user, token);
            if (p.Chance(0.35))
                p.Add(PlanTimes.Busy(p.Random, at + 60_000, p.Latest), OperationKind.RevokeLoginToken, user, token);
        }
        var others = users.Skip(CoreUsers).ToList();
        for (var i = 0; i < Math.Max(2, options.Users / 4); i++)
            p.Add(PlanTimes.Busy(p.Random, p.Live, p.Latest), OperationKind.ChangeRoles, p.Pick(others), p.Pick(Roles));
        for (var i = 0; i < Math.Max(2, options.Users / 3); i++)
            p.Add(PlanTimes.Busy(p.Random, p.Live, p.Latest), OperationKind.ChangeUtcOffset, p.Pick(users));
        var permissionChanges = p.Random.Next(3, 6);
        for (var i = 0; i < permissionChanges; i++)
        {
            var with = i == permissionChanges - 1 || p.Chance(0.2) ? "reset" : "livechat-monitor";
            p.Add(PlanTimes.Busy(p.Random, p.Live, p.Latest), OperationKind.ChangePermission, "view-livechat-manager", with);
        }
        // The custom zone becomes a fractional one and a DST one at some point, whatever else happens.
        p.Add(PlanTimes.Busy(p.Random, p.Live, p.Latest), OperationKind.ChangeSetting, "Default_Custom_Timezone", p.Pick(FractionalZones));
        p.Add(PlanTimes.Busy(p.Random, p.Live, p.Latest), OperationKind.ChangeSetting, "Default_Custom_Timezone", p.Pick(DstZones));
        var settingChanges = p.Random.Next(2, 6);
        for (var i = 0; i < settingChanges; i++)
        {
            var at = PlanTimes.Busy(p.Random, p.Live, p.Latest);
            if (p.Chance(0.5))
                p.Add(at, OperationKind.ChangeSetting, "Default_Timezone_For_Reporting", p.Pick(Modes));
            else
                p.Add(at, OperationKind.ChangeSetting, "Default_Custom_Timezone", p.Pick(Zones));
        }
    }
}
