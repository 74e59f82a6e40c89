using System.Diagnostics;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using Npgsql;
using NpgsqlTypes;

namespace OmniCharts.Benchmarks.DatabaseBaseline;

/// <summary><c>baseline-db-load --from DIR --pg CONNECTION</c>: copies an export's rooms and messages into PostgreSQL as raw documents.</summary>
public static class DocumentLoader
{
    private static readonly JsonWriterSettings Relaxed = new() { OutputMode = JsonOutputMode.RelaxedExtendedJson };

    /// <summary>Loads the export and builds the indexes; returns the exit code.</summary>
    public static async Task<int> RunAsync(string directory, string connection)
    {
        var watch = Stopwatch.StartNew();
        await using var source = NpgsqlDataSource.Create(connection);
        await using (var create = source.CreateCommand(DocumentTables.Create))
            await create.ExecuteNonQueryAsync();
        var rooms = await CopyAsync(source, DocumentTables.CopyRooms, Path.Combine(directory, "rocketchat_room.json"), WriteRoomAsync);
        var messages = await CopyAsync(source, DocumentTables.CopyMessages, Path.Combine(directory, "rocketchat_message.json"), WriteMessageAsync);
        await using (var index = source.CreateCommand(DocumentTables.Index))
        {
            index.CommandTimeout = 0;
            await index.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"baseline-db: loaded {rooms} rooms, {messages} messages and built the indexes in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static async Task<long> CopyAsync(NpgsqlDataSource source, string copy, string file,
        Func<NpgsqlBinaryImporter, BsonDocument, Task> write)
    {
        if (!File.Exists(file))
            return 0;
        await using var connection = await source.OpenConnectionAsync();
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        long rows = 0;
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            await importer.StartRowAsync();
            await write(importer, BsonDocument.Parse(line));
            rows++;
        }

        await importer.CompleteAsync();
        return rows;
    }

    private static async Task WriteRoomAsync(NpgsqlBinaryImporter row, BsonDocument room)
    {
        await row.WriteAsync(room["_id"].ToString(), NpgsqlDbType.Text);
        await WriteTextOrNullAsync(row, room.GetValue("t", BsonNull.Value));
        var ts = room.GetValue("ts", BsonNull.Value);
        if (ts.IsValidDateTime)
            await row.WriteAsync(ts.AsBsonDateTime.MillisecondsSinceEpoch, NpgsqlDbType.Bigint);
        else
            await row.WriteNullAsync();
        await WriteTextOrNullAsync(row, room.GetValue("departmentId", BsonNull.Value));
        await row.WriteAsync(room.ToJson(Relaxed), NpgsqlDbType.Jsonb);
    }

    private static async Task WriteMessageAsync(NpgsqlBinaryImporter row, BsonDocument message)
    {
        await row.WriteAsync(message["_id"].ToString(), NpgsqlDbType.Text);
        await WriteTextOrNullAsync(row, message.GetValue("rid", BsonNull.Value));
        await row.WriteAsync(message.ToJson(Relaxed), NpgsqlDbType.Jsonb);
    }

    private static async Task WriteTextOrNullAsync(NpgsqlBinaryImporter row, BsonValue value)
    {
        if (value is BsonString text)
            await row.WriteAsync(text.Value, NpgsqlDbType.Text);
        else
            await row.WriteNullAsync();
    }
}
