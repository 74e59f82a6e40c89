using OmniCharts.IntegrationTests.Parity;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// What a differential test asks. <see cref="All"/>: every chart × department (none, <c>undefined</c>, each one the
/// script names, removed ones included, and an unknown one) × range (each day of the window in hourly mode, the
/// whole window daily, a week, ranges across the window's start and its end) as the manager, and a few requests of
/// the monitor, admin, agent (403) and revoked token (401 once revoked). <see cref="ForStep"/>: a step's share.
/// </summary>
public static class DifferentialRequests
{
    private static readonly string[] OtherRoles = ["monitor", "admin", "agent", "revoked"];

    /// <summary>Every request of the matrix.</summary>
    public static IReadOnlyList<ChartRequest> All(SimulatedWorkspace workspace)
    {
        var requests = new List<ChartRequest>();
        if (!workspace.CallersByRole.TryGetValue("manager", out var manager))
            return requests;
        foreach (var chart in ChartNames.All)
        {
            foreach (var department in Departments(workspace))
            {
                foreach (var (start, end) in Ranges(workspace))
                    requests.Add(ParityRequests.Chart(manager, chart, start, end, department));
            }
        }
        requests.AddRange(Others(workspace, new Random(workspace.Script.Seed), perRole: 3));
        return requests;
    }

    /// <summary>
    /// A step's share, for the steps before the last: every chart hourly over the day the step closed and daily over the
    /// whole window, for all rooms and for one department (each step another), and one request of each other caller.
    /// </summary>
    public static IReadOnlyList<ChartRequest> ForStep(SimulatedWorkspace workspace, HistoryStep step)
    {
        var requests = new List<ChartRequest>();
        if (!workspace.CallersByRole.TryGetValue("manager", out var manager))
            return requests;
        var departments = Departments(workspace).Skip(1).ToList();
        var department = departments[step.Index % departments.Count];
        foreach (var chart in ChartNames.All)
        {
            foreach (var choice in new[] { null, department })
            {
                requests.Add(ParityRequests.Chart(manager, chart, step.Day, step.Day, choice));
                requests.Add(ParityRequests.Chart(manager, chart, workspace.FirstDay, workspace.LastDay, choice));
            }
        }
        requests.AddRange(Others(workspace, new Random(workspace.Script.Seed + step.Index), perRole: 1));
        return requests;
    }

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
