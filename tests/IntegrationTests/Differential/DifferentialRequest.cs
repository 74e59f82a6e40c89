using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>One request a differential test sends: to charts-data, or to the analytics overview or agent-overview.</summary>
public abstract record DifferentialRequest
{
    private DifferentialRequest()
    {
    }

    /// <summary>The request as sent, on one line.</summary>
    public abstract string Describe();

    /// <summary>A charts-data request, answered by <see cref="ChartsDataOracle"/>.</summary>
    public sealed record Chart(ChartRequest Request) : DifferentialRequest
    {
        /// <inheritdoc />
        public override string Describe() => Line(Request.Query, Request.UserId, Request.AuthToken);
    }

    /// <summary>An overview or agent-overview request, answered by <see cref="AnalyticsOverviewOracle"/>.</summary>
    public sealed record Overview(OverviewRequest Request) : DifferentialRequest
    {
        /// <inheritdoc />
        public override string Describe() => Request.Path + "?" + Line(Request.Query, Request.UserId, Request.AuthToken);
    }

    private static string Line(IReadOnlyList<KeyValuePair<string, string>> query, string? userId, string? authToken) =>
        string.Join('&', query.Select(p => $"{p.Key}={p.Value}")) + $" as X-User-Id={userId ?? "(none)"} X-Auth-Token={authToken ?? "(none)"}";
}
