using System.Globalization;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// What a differential test asks. <see cref="All"/>: every chart × department (none, <c>undefined</c>, each one the
/// script names, removed ones included, and an unknown one) × range (each day of the window in hourly mode, the
/// whole window daily, a week, ranges across the window's start and its end) as the manager, and a few requests of
/// the monitor, admin, agent (403) and revoked token (401 once revoked); then every overview and agent-overview name ×
/// department (none, each one the script names, removed ones included) × range (a day, the whole window, across the
/// window's start) as the manager. <see cref="ForStep"/>: a step's share.
/// </summary>
public static class DifferentialRequests
{
    private static readonly string[] OtherRoles = ["monitor", "admin", "agent", "revoked"];

    /// <summary>Every request of the matrix.</summary>
    public static IReadOnlyList<DifferentialRequest> All(SimulatedWorkspace workspace)
    {
        var requests = new List<DifferentialRequest>();
        if (!workspace.CallersByRole.TryGetValue("manager", out var manager))
            return requests;
        foreach (var chart in ChartNames.All)
        {
            foreach (var department in Departments(workspace))
            {
                foreach (var (start, end) in Ranges(workspace))
                    requests.Add(new DifferentialRequest.Chart(ParityRequests.Chart(manager, chart, start, end, department)));
            }
        }
        requests.AddRange(Others(workspace, new Random(workspace.Script.Seed), perRole: 3).Select(r => new DifferentialRequest.Chart(r)));
        foreach (var (endpoint, name) in OverviewNamesOfBothEndpoints())
        {
            foreach (var department in workspace.Departments.Prepend(null))
            {
                foreach (var (from, to) in OverviewRanges(workspace))
                    requests.Add(Overview(manager, endpoint, name, from, to, department));
            }
        }
        return requests;
    }

    /// <summary>
    /// A step's share, for the steps before the last: every chart hourly over the day the step closed and daily over the
    /// whole window, for all rooms and for one department (each step another), one request of each other caller, and
    /// over the whole window for all rooms the Conversations cards and one agent-overview name (each step another).
    /// </summary>
    public static IReadOnlyList<DifferentialRequest> ForStep(SimulatedWorkspace workspace, HistoryStep step)
    {
        var requests = new List<DifferentialRequest>();
        if (!workspace.CallersByRole.TryGetValue("manager", out var manager))
            return requests;
        var departments = Departments(workspace).Skip(1).ToList();
        var department = departments[step.Index % departments.Count];
        foreach (var chart in ChartNames.All)
        {
            foreach (var choice in new[] { null, department })
            {
                requests.Add(new DifferentialRequest.Chart(ParityRequests.Chart(manager, chart, step.Day, step.Day, choice)));
                requests.Add(new DifferentialRequest.Chart(ParityRequests.Chart(manager, chart, workspace.FirstDay, workspace.LastDay, choice)));
            }
        }
        requests.AddRange(Others(workspace, new Random(workspace.Script.Seed + step.Index), perRole: 1).Select(r => new DifferentialRequest.Chart(r)));
        var agentName = OverviewNames.AgentOverview[step.Index % OverviewNames.AgentOverview.Count];
        requests.Add(Overview(manager, OverviewEndpoint.Overview, OverviewNames.Conversations, workspace.FirstDay, workspace.LastDay, null));
        requests.Add(Overview(manager, OverviewEndpoint.AgentOverview, agentName, workspace.FirstDay, workspace.LastDay, null));
        return requests;
    }

    private static IEnumerable<(OverviewEndpoint Endpoint, string Name)> OverviewNamesOfBothEndpoints() =>
        OverviewNames.Overview.Select(n => (OverviewEndpoint.Overview, n))
            .Concat(OverviewNames.AgentOverview.Select(n => (OverviewEndpoint.AgentOverview, n)));

    // A day in the middle of the window, the whole window, and a range across its start.
    private static IEnumerable<(DateOnly From, DateOnly To)> OverviewRanges(SimulatedWorkspace workspace)
    {
        var (first, last) = (workspace.FirstDay, workspace.LastDay);
        var middle = first.AddDays(last.DayNumber - first.DayNumber >= 3 ? 3 : 0);
        return [(middle, middle), (first, last), (first.AddDays(-3), first.AddDays(1))];
    }

    private static DifferentialRequest.Overview Overview(Credential manager, OverviewEndpoint endpoint, string name, DateOnly from, DateOnly to, string? department) =>
        new(OverviewRequests.Ask(endpoint, manager, name, Day(from), Day(to), department));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<string?> Departments(SimulatedWorkspace workspace) =>
        [null, "undefined", .. workspace.Departments, "no-such-department"];

    private static IEnumerable<(DateOnly Start, DateOnly End)> Ranges(SimulatedWorkspace workspace)
    {
        var (first, last) = (workspace.FirstDay, workspace.LastDay);
        for (var day = first; day <= last; day = day.AddDays(1))
            yield return (day, day);
        yield return (first, last);
        yield return (first.AddDays(1), first.AddDays(7));
        yield return (first.AddDays(-3), first.AddDays(1));
        yield return (last.AddDays(-1), last.AddDays(3));
    }

    private static IEnumerable<ChartRequest> Others(SimulatedWorkspace workspace, Random random, int perRole)
    {
        var departments = Departments(workspace).ToList();
        foreach (var role in OtherRoles)
        {
            if (!workspace.CallersByRole.TryGetValue(role, out Credential? caller))
                continue;
            for (var i = 0; i < perRole; i++)
            {
                var start = workspace.FirstDay.AddDays(random.Next(-1, 7 * workspace.Script.Options.Weeks));
                var end = start.AddDays(random.Next(3) == 0 ? 0 : random.Next(1, 6));
                yield return ParityRequests.Chart(caller, ChartNames.All[random.Next(ChartNames.All.Count)], start, end, departments[random.Next(departments.Count)]);
            }
        }
    }
}
