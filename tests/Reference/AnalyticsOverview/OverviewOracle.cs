using OmniCharts.Reference.AnalyticsOverview.Conversations;
using OmniCharts.Reference.AnalyticsOverview.Json;
using OmniCharts.Reference.AnalyticsOverview.Productivity;
using OmniCharts.Reference.AnalyticsOverview.Rooms;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>
/// Rocket.Chat's answer to <c>GET /api/v1/livechat/analytics/overview</c>, computed naively from the raw documents:
/// one pass over all rooms and messages per request. Written from analytics-overview.md alone, as the independent oracle
/// that parity tests compare the QueryApi with.
/// </summary>
public static class OverviewOracle
{
    /// <summary>The status and exact body Rocket.Chat gives <paramref name="request"/> over <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">The request is for the agent-overview endpoint.</exception>
    public static ChartAnswer Answer(RawDocuments data, OverviewRequest request, OracleSettings settings) =>
        OverviewPipeline.Answer(data, request, settings, OverviewEndpoint.Overview, (parameters, range) =>
            OverviewBodies.Cards(parameters.Name == OverviewNames.Conversations
                ? ConversationsCards.Of(data, range, parameters.DepartmentId)
                : ProductivityCards.Of(RoomsInRange.Select(data.Rooms, range, parameters.DepartmentId))));
}
