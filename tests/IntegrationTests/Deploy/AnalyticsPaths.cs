using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.QueryApi.Charts;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>
/// The Analytics page's endpoints: the shared list the proxy and the Ingress route (<c>deploy/analytics-paths.txt</c>),
/// and one request of each as the page sends it; the QueryApi answers all of them.
/// </summary>
internal static class AnalyticsPaths
{
    public const string ListFile = "deploy/analytics-paths.txt";
    public const string Overview = "/api/v1/livechat/analytics/overview";
    public const string AgentOverview = "/api/v1/livechat/analytics/agent-overview";

    /// <summary>A query of each endpoint (<c>../shared/spec</c>), over the days <see cref="SeededDay"/> starts.</summary>
    public static readonly IReadOnlyDictionary<string, string> SampleQuery = new Dictionary<string, string>
    {
        [ChartsEndpoints.Path] = "?chartName=Total_conversations&start=2026-03-01&end=2026-03-07",
        [Overview] = "?name=Conversations&from=2026-03-01&to=2026-03-07",
        [AgentOverview] = "?name=Total_conversations&from=2026-03-01&to=2026-03-07",
    };

    public static readonly DateOnly SeededDay = new(2026, 3, 2);

    /// <summary>The paths of <c>deploy/analytics-paths.txt</c>: one a line, <c>#</c> starts a comment.</summary>
    public static IReadOnlyList<string> All { get; } =
        File.ReadAllLines(RepositoryRoot.Combine(ListFile)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    public static TheoryData<string> Each => new(All);
}
