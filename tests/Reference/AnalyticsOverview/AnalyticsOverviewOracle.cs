using OmniCharts.Reference.ChartsData;

namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>Either endpoint's oracle, by the request's <see cref="OverviewRequest.Endpoint"/>: what a parity run calls.</summary>
public static class AnalyticsOverviewOracle
{
    /// <summary><see cref="OverviewOracle.Answer"/> or <see cref="AgentOverviewOracle.Answer"/>, whichever the request is for.</summary>
    public static ChartAnswer Answer(RawDocuments data, OverviewRequest request, OracleSettings settings) =>
        request.Endpoint == OverviewEndpoint.Overview
            ? OverviewOracle.Answer(data, request, settings)
            : AgentOverviewOracle.Answer(data, request, settings);
}
