using System.Security.Cryptography;
using System.Text;
using MongoDB.Bson;
using OmniCharts.ExportGenerator.Cli;
using OmniCharts.ExportGenerator.Output;

namespace OmniCharts.UnitTests.ExportGenerator;

public class ExportComposerTests
{
    private static readonly GeneratorOptions Small = new(Seed: 5, Rooms: 40, Departments: 3, Months: 1, MessagesPerRoom: 4);

    private static string[] Export(GeneratorOptions options)
    {
        var writers = Enumerable.Range(0, 5).Select(_ => new StringWriter()).ToArray();
        ExportComposer.Write(options, new ExportWriters(writers[0], writers[1], writers[2], writers[3], writers[4]));
        return [.. writers.Select(w => w.ToString())];
    }

    private static List<BsonDocument> Lines(string file) =>
        [.. file.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(BsonDocument.Parse)];

    [Fact]
    public void The_same_seed_gives_byte_identical_files() => Assert.Equal(Export(Small), Export(Small));

    [Fact]
    public void Another_seed_gives_other_rooms() => Assert.NotEqual(Export(Small)[0], Export(Small with { Seed = 6 })[0]);

    [Fact]
    public void Every_line_is_one_extended_json_document_and_the_livechat_rooms_are_as_many_as_asked()
    {
        var files = Export(Small);
        var rooms = Lines(files[0]);

        Assert.Equal(Small.Rooms, rooms.Count(r => r["t"] == "l"));
        Assert.All(rooms.Where(r => r["t"] == "l"), r => Assert.Equal(17, r["_id"].AsString.Length));
        Assert.All(rooms.Where(r => r["t"] == "l"), r => Assert.InRange(r["ts"].ToUniversalTime(), new DateTime(2026, 1, 1), new DateTime(2026, 2, 1)));
        var roomIds = rooms.Select(r => r["_id"].AsString).ToHashSet();
        Assert.All(Lines(files[1]), m => Assert.Contains(m["rid"].AsString, roomIds));
    }

    [Fact]
    public void The_demo_manager_logs_in_with_the_documented_token()
    {
        var manager = Lines(Export(Small)[2]).Single(u => u["_id"] == "demo-manager");
        var hashed = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("demo-manager-token")));

        Assert.Equal(hashed, manager["services"]["resume"]["loginTokens"][0]["hashedToken"].AsString);
        Assert.Contains("livechat-manager", manager["roles"].AsBsonArray.Select(r => r.AsString));
    }
}
