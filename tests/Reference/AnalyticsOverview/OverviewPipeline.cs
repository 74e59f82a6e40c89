using OmniCharts.Reference.AnalyticsOverview.Time;
using OmniCharts.Reference.AnalyticsOverview.Validation;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.ChartsData.Auth;
using OmniCharts.Reference.ChartsData.Json;
using OmniCharts.Reference.ChartsData.Time;

namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>
/// What both endpoints do before computing (analytics-overview.md §1–2): 401, 403 (charts-data's caller and permission),
/// the parameter checks in order, then the reporting zone and the local range.
/// </summary>
internal static class OverviewPipeline
{
    public static ChartAnswer Answer(RawDocuments data, OverviewRequest request, OracleSettings settings, OverviewEndpoint expected,
        Func<OverviewParameters, LocalRange, ChartAnswer> compute)
    {
        if (request.Endpoint != expected)
            throw new ArgumentException($"a request to {request.Endpoint}, not {expected}", nameof(request));
        if (Caller.Authenticate(data.Users, request.UserId, request.AuthToken) is not { } caller)
            return ResponseBodies.Unauthorized;
        if (!Caller.MayViewManagerCharts(caller, data.Permissions))
            return ResponseBodies.Forbidden;
        if (OverviewValidator.Rejection(request.Query, request.Endpoint) is { } rejection)
            return rejection;

        var parameters = OverviewValidator.Read(request.Query);
        var zone = ReportingZone.Resolve(data.Settings, caller, settings.ServerTimeZone);
        return compute(parameters, LocalRange.Of(parameters.From, parameters.To, zone));
    }
}
