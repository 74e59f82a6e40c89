using OmniCharts.Reference.AnalyticsOverview.Agents;
using OmniCharts.Reference.AnalyticsOverview.Json;
using OmniCharts.Reference.AnalyticsOverview.Rooms;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>
/// Rocket.Chat's answer to <c>GET /api/v1/livechat/analytics/agent-overview</c> (analytics-overview.md §5), computed
/// naively from the raw documents, with the spec's strict order.
/// </summary>
public static class AgentOverviewOracle
{
    /// <summary>The status and exact body Rocket.Chat gives <paramref name="request"/> over <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">The request is for the overview endpoint.</exception>
    public static ChartAnswer Answer(RawDocuments data, OverviewRequest request, OracleSettings settings) =>
        OverviewPipeline.Answer(data, request, settings, OverviewEndpoint.AgentOverview, (parameters, range) =>
        {
            var variant = AgentVariants.ByName[parameters.Name];
            var rows = AgentRows.Of(variant, RoomsInRange.Select(data.Rooms, range, parameters.DepartmentId), data.Messages);
            return OverviewBodies.AgentTable(variant.Column, rows.Select(r => (r.Username, r.JsonValue)));
        });
}
