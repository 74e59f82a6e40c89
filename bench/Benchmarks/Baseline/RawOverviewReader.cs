using MongoDB.Bson;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>Reads <see cref="RawOverview"/> out of a room document (from the export, or from the database's <c>doc</c>).</summary>
public static class RawOverviewReader
{
    /// <summary>The overview's fields of <paramref name="room"/>.</summary>
    public static RawOverview Read(BsonDocument room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var metrics = room.GetValue("metrics", BsonNull.Value) as BsonDocument;
        var onHold = room.GetValue("onHold", BsonNull.Value);
        var response = metrics?.GetValue("response", BsonNull.Value) as BsonDocument;
        var reaction = metrics?.GetValue("reaction", BsonNull.Value) as BsonDocument;
        return new RawOverview(
            metrics is not null && !Truthy(metrics.GetValue("chatDuration", BsonNull.Value)) && !Truthy(onHold),
            onHold is BsonBoolean { Value: true },
            Username(room, "servedBy"),
            Username(room, "responseBy"),
            response is not null && reaction is not null,
            Value(response, "avg"), Value(response, "ft"), Value(reaction, "ft"));
    }

    private static bool Truthy(BsonValue value) => value switch
    {
        BsonNull or BsonUndefined => false,
        BsonBoolean flag => flag.Value,
        BsonString text => text.Value.Length > 0,
        { IsNumeric: true } number => number.ToDouble() is var d && d != 0 && !double.IsNaN(d),
        _ => true,
    };

    private static string? Username(BsonDocument room, string agent) =>
        room.GetValue(agent, BsonNull.Value) is BsonDocument person && person.GetValue("username", BsonNull.Value) is BsonString name ? name.Value : null;

    // JavaScript adds a null field as 0 and a missing one as NaN (null here).
    private static long? Value(BsonDocument? parent, string field) =>
        parent is null || !parent.TryGetValue(field, out var value) ? null
        : value.IsNumeric ? RoomProductivity.FromSeconds(value.ToDouble()) ?? 0
        : value.IsBsonNull ? 0 : null;
}
