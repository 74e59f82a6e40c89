using System.Security.Cryptography;
using System.Text;
using OmniCharts.QueryApi.Charts;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// The same route and the same JSON as the QueryApi, answered by <see cref="BaselineCharts"/>. Authentication
/// is an in-memory lookup (Rocket.Chat reads the user from MongoDB), the reporting zone is UTC (the bench
/// export's setting is <c>server</c> and the QueryApi runs with server zone UTC).
/// </summary>
public static class BaselineEndpoint
{
    /// <summary>Maps the charts-data route on <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapBaselineCharts(this IEndpointRouteBuilder app, RawExport data)
    {
        var charts = new BaselineCharts(data);
        app.MapGet(ChartsEndpoints.Path, (HttpRequest request) => Answer(request, data, charts));
        return app;
    }

    private static IResult Answer(HttpRequest request, RawExport data, BaselineCharts charts)
    {
        var userId = request.Headers["X-User-Id"].ToString();
        var token = request.Headers["X-Auth-Token"].ToString();
        var hashed = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        if (!data.Callers.TryGetValue(userId, out var user) || !user.HashedTokens.Contains(hashed))
            return RocketChatErrorResult.Unauthorized();
        if (!user.Roles.Any(data.ManagerRoles.Contains))
            return RocketChatErrorResult.Forbidden();
        if (ChartRequestValidator.Validate(request.QueryString.Value).Request is not { } query)
            return RocketChatErrorResult.InvalidParams("invalid query");

        var plan = RangePlanner.Plan(query.Start, query.End, TimeZoneInfo.Utc);
        var department = query.Scope.KeyPart.StartsWith("dep:", StringComparison.Ordinal) ? query.Scope.KeyPart[4..] : null;
        var measure = ChartNames.MeasureOf(query.ChartName);
        var points = charts.Totals(query.ChartName, department, plan).Select(t => ChartValues.Of(measure, t)).ToList();
        var labels = BucketLabels.For(plan, HourlyLabelStyle.Fixed, TimeZoneInfo.Utc, DateTimeOffset.UtcNow);
        return new ChartDataResult(query.ChartName, labels, points);
    }
}
