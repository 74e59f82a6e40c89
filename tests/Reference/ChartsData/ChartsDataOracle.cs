using MongoDB.Bson;
using OmniCharts.Reference.Bson;
using OmniCharts.Reference.ChartsData.Auth;
using OmniCharts.Reference.ChartsData.Json;
using OmniCharts.Reference.ChartsData.Metrics;
using OmniCharts.Reference.ChartsData.Time;
using OmniCharts.Reference.ChartsData.Validation;

namespace OmniCharts.Reference.ChartsData;

/// <summary>
/// Rocket.Chat's answer to <c>GET /api/v1/livechat/analytics/dashboards/charts-data</c>, computed naively from
/// the raw documents the way Rocket.Chat does: one pass over all rooms per bucket. Written from
/// charts-data.md alone, as the independent oracle that parity tests compare the QueryApi with.
/// </summary>
public static class ChartsDataOracle
{
    /// <summary>The status and exact body Rocket.Chat gives <paramref name="request"/> over <paramref name="data"/>.</summary>
    public static ChartAnswer Answer(RawDocuments data, ChartRequest request, OracleSettings settings)
    {
        if (Caller.Authenticate(data.Users, request) is not { } caller)
            return ResponseBodies.Unauthorized;
        if (!Caller.MayViewManagerCharts(caller, data.Permissions))
            return ResponseBodies.Forbidden;
        if (ParameterValidator.FirstProblem(request.Query) is { } problem)
            return ResponseBodies.InvalidParams(problem);

        var parameters = ParameterValidator.Read(request.Query);
        var zone = ReportingZone.Resolve(data.Settings, caller, settings.ServerTimeZone);
        var now = settings.Now ?? TimeProvider.System.GetUtcNow();
        var buckets = BucketPlanner.Plan(parameters.Start, parameters.End, zone, settings.Labels, now);
        var counted = CountedMessages.PerRoom(data.Messages);
        var points = buckets.Select(b =>
            BucketValue.Of(parameters.ChartName, RoomsIn(b, data.Rooms, parameters.DepartmentId), counted));
        return ResponseBodies.Chart(parameters.ChartName, buckets.Select(b => b.Label), points);
    }

    private static List<BsonDocument> RoomsIn(Bucket bucket, IReadOnlyList<BsonDocument> rooms, string? departmentId) =>
        [.. rooms.Where(room =>
            BsonPaths.String(room, "t") == "l" &&
            BsonPaths.At(room, "ts") is BsonDateTime ts && bucket.Holds(ts.MillisecondsSinceEpoch) &&
            (departmentId is null || BsonPaths.String(room, "departmentId") == departmentId))];
}
