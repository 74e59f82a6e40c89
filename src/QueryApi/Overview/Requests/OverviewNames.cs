namespace OmniCharts.QueryApi.Overview.Requests;

/// <summary>The <c>name</c> values each endpoint knows (case-sensitive).</summary>
public static class OverviewNames
{
    /// <summary>overview: the seven conversation cards.</summary>
    public const string Conversations = "Conversations";

    /// <summary>overview: the three response-time cards.</summary>
    public const string Productivity = "Productivity";

    private static readonly HashSet<string> Overview = new([Conversations, Productivity], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is one of <paramref name="endpoint"/>'s names.</summary>
    public static bool IsKnown(OverviewEndpoint endpoint, string name) =>
        endpoint == OverviewEndpoint.Overview ? Overview.Contains(name) : Agents.AgentVariants.ByName.ContainsKey(name);
}
