using OmniCharts.QueryApi.Overview;
using OmniCharts.QueryApi.Overview.Requests;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// The overview and agent-overview routes answered by a baseline's <see cref="OverviewBodySource"/>: the QueryApi's own
/// validation and bodies, so only how the numbers are found differs. The reporting zone is UTC (the bench export's
/// setting is <c>server</c> and every server runs with server zone UTC).
/// </summary>
public static class BaselineOverviewEndpoint
{
    /// <summary>Maps both routes on <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapBaselineOverview(this IEndpointRouteBuilder app, BaselineCallers callers, OverviewBodySource source)
    {
        app.MapGet(OverviewEndpoints.OverviewPath, (HttpRequest request) => AnswerAsync(request, OverviewEndpoint.Overview, callers, source));
        app.MapGet(OverviewEndpoints.AgentOverviewPath, (HttpRequest request) => AnswerAsync(request, OverviewEndpoint.AgentOverview, callers, source));
        return app;
    }

    private static async Task<IResult> AnswerAsync(HttpRequest request, OverviewEndpoint endpoint, BaselineCallers callers, OverviewBodySource source)
    {
        if (BaselineEndpoint.Reject(request, callers) is { } rejection)
            return rejection;
        var valid = OverviewRequestValidator.Validate(request.QueryString.Value, endpoint);
        if (valid.Answer is { } answer)
            return answer.Result;
        var query = valid.Request!;
        var department = query.Scope.KeyPart.StartsWith("dep:", StringComparison.Ordinal) ? query.Scope.KeyPart[4..] : null;
        return new OverviewResult(await source(query.Name, department, LocalRange.Of(query.From, query.To, TimeZoneInfo.Utc)));
    }
}
