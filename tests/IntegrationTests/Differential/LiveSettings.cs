using System.Globalization;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>The <c>serve</c> settings of the live paths.</summary>
internal static class LiveSettings
{
    /// <summary>
    /// <paramref name="mode"/>, a poll job that runs once at start (the test polls itself), and a reconciliation message
    /// window as long as the history: the documented limit (deleted messages of rooms untouched for longer than the
    /// window are not seen) is not what these tests check.
    /// </summary>
    public static Dictionary<string, string?> For(string mode, SimulatedWorkspace workspace) => new()
    {
        ["Ingestor:Mode"] = mode,
        ["Ingestor:Poll:Interval"] = "01:00:00",
        ["Ingestor:Poll:PageSize"] = "40",
        ["Ingestor:Reconcile:PageSize"] = "50",
        ["Ingestor:Reconcile:MessageWindow"] = TimeSpan.FromDays(7 * workspace.Script.Options.Weeks + 2).ToString("c", CultureInfo.InvariantCulture),
    };

    /// <summary>The moment just after the first <paramref name="writes"/> writes, for the live Ingestor's clock.</summary>
    public static DateTimeOffset After(SimulatedWorkspace workspace, int writes) => DateTimeOffset.FromUnixTimeMilliseconds(workspace.TimeAt(writes) + 1);
}
