using System.Globalization;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// The simulator's checkpoints (after the first hour, at the end of each UTC day, at the end), found by their times
/// rather than their write counts: a shrunk script has fewer writes but the same times, so its steps are the same
/// moments, and the failing one keeps its index.
/// </summary>
public static class HistorySteps
{
    public static IReadOnlyList<HistoryStep> Of(SimulatedWorkspace workspace)
    {
        var start = workspace.Script.WindowStart;
        var steps = new List<HistoryStep> { new(0, "the workspace as it stood", workspace.FirstDay, workspace.InitialWrites) };
        for (var day = 1; day < 7 * workspace.Script.Options.Weeks; day++)
        {
            var end = start.AddDays(day);
            steps.Add(new HistoryStep(day, "end of " + end.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.FromDateTime(end.AddDays(-1).UtcDateTime), workspace.CountBefore(end.ToUnixTimeMilliseconds())));
        }
        steps.Add(new HistoryStep(steps.Count, "the end", workspace.LastDay, workspace.Writes.Count));
        return steps;
    }

    /// <summary>
    /// Write counts from <paramref name="from"/> to <paramref name="to"/> (both included) about <paramref name="stride"/>
    /// apart, each where the next write is in a later millisecond: a poll or a page read there sees every write of its
    /// millisecond, as a read at that moment would (the same millisecond may hold writes of several documents).
    /// </summary>
    public static IReadOnlyList<int> Moments(SimulatedWorkspace workspace, int from, int to, int stride)
    {
        var moments = new List<int>();
        for (var at = from + stride; at < to; at += stride)
        {
            var moment = workspace.CountBefore(workspace.TimeAt(at) + 1);
            if (moment < to && (moments.Count == 0 || moment > moments[^1]) && moment > from)
                moments.Add(moment);
        }
        moments.Add(to);
        return moments;
    }
}
