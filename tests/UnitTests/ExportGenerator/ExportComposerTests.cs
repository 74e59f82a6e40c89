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

    [Fact]
    public void Team_chat_options_add_lines_and_change_none_of_the_others()
    {
        var without = Export(Small);
        var with = Export(Small with { TeamRooms = 30, TeamShare = 0.9 });

        for (var file = 2; file < 5; file++)
            Assert.Equal(without[file], with[file]);
        for (var file = 0; file < 2; file++)
        {
            // Every line of the export without team chat is there, in the same order; the rest is team chat.
            var old = without[file].Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var known = old.ToHashSet(StringComparer.Ordinal);
            Assert.Equal(old, with[file].Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(known.Contains));
        }
    }

    [Fact]
    public void Team_chat_is_the_share_of_all_messages_asked_for_in_rooms_of_every_team_type()
    {
        var options = Small with { TeamRooms = 30, TeamShare = 0.9 };
        var files = Export(options);
        var rooms = Lines(files[0]);
        var teamRooms = rooms.Where(r => r["t"] != "l").Select(r => r["_id"].AsString).ToHashSet();
        var messages = Lines(files[1]);
        var team = messages.Count(m => teamRooms.Contains(m["rid"].AsString));

        Assert.Equal(5 + 30, teamRooms.Count);
        Assert.Equal(Small.Rooms, rooms.Count(r => r["t"] == "l"));
        Assert.Equal(["c", "d", "p"], rooms.Where(r => r["t"] != "l").Select(r => r["t"].AsString).Distinct().Order());
        Assert.InRange((double)team / messages.Count, 0.895, 0.905);
        Assert.All(messages, m => Assert.Contains(m["rid"].AsString, rooms.Select(r => r["_id"].AsString)));
        Assert.Equal(Export(options), files);
    }
}
