using System.Security.Cryptography;
using System.Text;
using OmniCharts.QueryApi.Charts;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// The same route and the same JSON as the QueryApi, answered by a baseline's <see cref="BucketTotalsSource"/>.
/// Authentication is an in-memory lookup (Rocket.Chat reads the user from MongoDB), the reporting zone is UTC (the bench
/// export's setting is <c>server</c> and the QueryApi runs with server zone UTC).
/// </summary>
public static class BaselineEndpoint
{
    /// <summary>Maps the charts-data route on <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapBaselineCharts(this IEndpointRouteBuilder app, BaselineCallers callers, BucketTotalsSource totals)
    {
        app.MapGet(ChartsEndpoints.Path, (HttpRequest request) => AnswerAsync(request, callers, totals));
        return app;
    }

    /// <summary>401 or 403 for a caller who may not read the charts, else null.</summary>
    internal static RocketChatErrorResult? Reject(HttpRequest request, BaselineCallers callers)
    {
        var userId = request.Headers["X-User-Id"].ToString();
        var token = request.Headers["X-Auth-Token"].ToString();
        var hashed = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        if (!callers.Users.TryGetValue(userId, out var user) || !user.HashedTokens.Contains(hashed))
            return RocketChatErrorResult.Unauthorized();
        return user.Roles.Any(callers.ManagerRoles.Contains) ? null : RocketChatErrorResult.Forbidden();
    }

    private static async Task<IResult> AnswerAsync(HttpRequest request, BaselineCallers callers, BucketTotalsSource totals)
    {
        if (Reject(request, callers) is { } rejection)
            return rejection;
        if (ChartRequestValidator.Validate(request.QueryString.Value).Request is not { } query)
            return RocketChatErrorResult.InvalidParams("invalid query");

        var plan = RangePlanner.Plan(query.Start, query.End, TimeZoneInfo.Utc);
        var department = query.Scope.KeyPart.StartsWith("dep:", StringComparison.Ordinal) ? query.Scope.KeyPart[4..] : null;
        var measure = ChartNames.MeasureOf(query.ChartName);
        var points = (await totals(query.ChartName, department, plan)).Select(t => ChartValues.Of(measure, t)).ToList();
        var labels = BucketLabels.For(plan, HourlyLabelStyle.Fixed, TimeZoneInfo.Utc, DateTimeOffset.UtcNow);
        return new ChartDataResult(query.ChartName, labels, points);
    }
}
