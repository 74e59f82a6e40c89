using MongoDB.Bson;
using Npgsql;
using OmniCharts.Benchmarks.Baseline;
using OmniCharts.QueryApi.Overview.Requests;

namespace OmniCharts.Benchmarks.DatabaseBaseline;

/// <summary>
/// The overview the way Rocket.Chat computes it against MongoDB: one indexed query for the range's rooms (and
/// department), projecting the fields the cards read out of each stored document, with each room's messages
/// counted through the <c>rid</c> index when a card needs them; the reduction happens in the application.
/// </summary>
public sealed class DatabaseOverview(NpgsqlDataSource database)
{
    private const string Fields =
        "jsonb_build_object('metrics', r.doc->'metrics', 'onHold', r.doc->'onHold', 'servedBy', r.doc->'servedBy', 'responseBy', r.doc->'responseBy')::text";

    /// <summary>The body of <paramref name="name"/>.</summary>
    public async Task<byte[]> BodyAsync(string name, string? departmentId, LocalRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var untyped = name == OverviewNames.Conversations
            ? "(SELECT count(*) FROM rocketchat_message m WHERE m.rid = r.id AND m.doc->>'t' IS NULL)" : "0::bigint";
        var counted = name == "Total_messages"
            ? "(SELECT count(*) FROM rocketchat_message m WHERE m.rid = r.id AND m.doc->>'t' IS NULL AND m.doc->>'token' IS NULL)" : "0::bigint";
        var sql = $"SELECT r.id, r.ts, {Fields}, {untyped}, {counted} FROM rocketchat_room r WHERE r.t = 'l' AND r.ts BETWEEN @from AND @to"
            + (departmentId is null ? "" : " AND r.department_id = @department");
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("from", range.From);
        command.Parameters.AddWithValue("to", range.To);
        if (departmentId is not null)
            command.Parameters.AddWithValue("department", departmentId);

        var rooms = new List<OverviewRoom>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var document = BsonDocument.Parse(reader.GetString(2));
                document["_id"] = reader.GetString(0);
                document["ts"] = new BsonDateTime(reader.GetInt64(1));
                rooms.Add(new OverviewRoom(RawExportLoader.Room(document), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }

        // MongoDB returns the rooms in no defined order; the reduction does not depend on it.
        return OverviewReduction.Body(name, range, TimeZoneInfo.Utc, rooms);
    }
}
