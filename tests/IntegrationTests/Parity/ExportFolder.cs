using MongoDB.Bson;
using OmniCharts.ExportGenerator.Output;
using OmniCharts.Reference;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>Reads a mongoexport folder as the oracle's documents, and writes stale copies of some of its documents.</summary>
public static class ExportFolder
{
    public static RawDocuments Read(string folder) => new(
        Documents(folder, Collections.Rooms), Documents(folder, Collections.Messages), Documents(folder, Collections.Users),
        Documents(folder, Collections.Permissions), Documents(folder, Collections.Settings));

    /// <summary>
    /// Writes into <paramref name="target"/> older versions (<c>_updatedAt</c> a day earlier) of
    /// <paramref name="count"/> Omnichannel rooms of <paramref name="source"/>, with other metrics and another
    /// department, held and served by another agent, and of their messages turned into system messages. Applied, they
    /// would change every chart and every overview card.
    /// </summary>
    /// <returns>How many documents it wrote.</returns>
    public static int WriteStaleCopy(string source, string target, int count)
    {
        var rooms = Documents(source, Collections.Rooms).Where(r => r.GetValue("t", "") == "l").Take(count).ToList();
        var ids = rooms.Select(r => r["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        foreach (var room in rooms)
        {
            Older(room);
            room["departmentId"] = "stale-department";
            room["onHold"] = true;
            room["servedBy"] = new BsonDocument { ["_id"] = "stale", ["username"] = "stale-agent" };
            room["responseBy"] = new BsonDocument { ["_id"] = "stale", ["username"] = "stale-agent" };
            room["metrics"] = new BsonDocument
            {
                ["chatDuration"] = 12_345.678,
                ["response"] = new BsonDocument { ["ft"] = 0.5, ["avg"] = 0.25 },
                ["reaction"] = new BsonDocument("ft", 0.125),
            };
        }
        var messages = Documents(source, Collections.Messages).Where(m => ids.Contains(m["rid"].AsString)).ToList();
        foreach (var message in messages)
        {
            Older(message);
            message["t"] = "rm";
            message.Remove("token");
        }
        Directory.CreateDirectory(target);
        File.WriteAllLines(FileOf(target, Collections.Rooms), rooms.Select(ExtendedJson.Line));
        File.WriteAllLines(FileOf(target, Collections.Messages), messages.Select(ExtendedJson.Line));
        return rooms.Count + messages.Count;
    }

    private static void Older(BsonDocument document) =>
        document["_updatedAt"] = document["_updatedAt"].ToUniversalTime().AddDays(-1);

    private static List<BsonDocument> Documents(string folder, string collection) =>
        [.. File.ReadLines(FileOf(folder, collection)).Where(line => line.Length > 0).Select(BsonDocument.Parse)];

    private static string FileOf(string folder, string collection) => Path.Combine(folder, collection + ".json");
}
