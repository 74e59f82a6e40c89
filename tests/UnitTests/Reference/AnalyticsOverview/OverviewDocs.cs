using System.Text.Json;
using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

/// <summary>Small raw documents, requests and answer readers for hand-computed overview cases.</summary>
internal static class OverviewDocs
{
    public static BsonDocument Served(this BsonDocument room, string username) =>
        room.Set("servedBy", new BsonDocument { ["_id"] = $"id-{username}", ["username"] = username });

    public static BsonDocument Responded(this BsonDocument room, string username) =>
        room.Set("responseBy", new BsonDocument { ["_id"] = $"id-{username}", ["username"] = username });

    /// <summary>Sets <c>metrics.{path}</c> (dotted), creating the documents on the way.</summary>
    public static BsonDocument Metric(this BsonDocument room, string path, BsonValue value)
    {
        var steps = $"metrics.{path}".Split('.');
        var current = room;
        foreach (var step in steps[..^1])
        {
            if (!current.TryGetValue(step, out var next) || next is not BsonDocument)
                current[step] = next = new BsonDocument();
            current = next.AsBsonDocument;
        }
        current[steps[^1]] = value;
        return room;
    }

    /// <summary>A room whose three Productivity fields are all set.</summary>
    public static BsonDocument Productive(this BsonDocument room, double avg, double ft, double reactionFt) =>
        room.Metric("response.avg", avg).Metric("response.ft", ft).Metric("reaction.ft", reactionFt);

    public static BsonDocument Visitor(string id, string rid) => new() { ["_id"] = id, ["rid"] = rid, ["msg"] = "hello", ["token"] = "visitor-token" };

    public static BsonDocument SystemMessage(string id, string rid) => new() { ["_id"] = id, ["rid"] = rid, ["t"] = "livechat-started" };

    public static BsonDocument Hidden(string id, string rid) => Message(id, rid).Set("_hidden", true);

    public static OverviewRequest Overview(string name, string from, string to, params (string, string)[] more) =>
        OverviewRequest.Of(OverviewEndpoint.Overview, "manager", ManagerToken, [("name", name), ("from", from), ("to", to), .. more]);

    public static OverviewRequest Agents(string name, string from, string to, params (string, string)[] more) =>
        OverviewRequest.Of(OverviewEndpoint.AgentOverview, "manager", ManagerToken, [("name", name), ("from", from), ("to", to), .. more]);

    /// <summary>The cards' values of a 200 overview answer, each as its raw JSON (<c>3</c>, <c>"Monday"</c>).</summary>
    public static IReadOnlyList<string> Values(ChartAnswer answer)
    {
        Assert.Equal(200, answer.Status);
        using var json = JsonDocument.Parse(answer.Body);
        return [.. json.RootElement.EnumerateArray().Select(card => card.GetProperty("value").GetRawText())];
    }

    /// <summary>The rows of a 200 agent-overview answer in order, each value as its raw JSON.</summary>
    public static IReadOnlyList<(string Name, string Value)> Rows(ChartAnswer answer)
    {
        Assert.Equal(200, answer.Status);
        using var json = JsonDocument.Parse(answer.Body);
        return [.. json.RootElement.GetProperty("data").EnumerateArray()
            .Select(row => (row.GetProperty("name").GetString()!, row.GetProperty("value").GetRawText()))];
    }

    public static ChartAnswer Answer(RawDocuments data, OverviewRequest request, string zone = "UTC") =>
        AnalyticsOverviewOracle.Answer(data, request, new OracleSettings(zone));
}
