using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.Bson;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.UnitTests.Reference.Workspace;

public class SourcePagesTests
{
    [Fact]
    public void Poller_pages_follow_MongoDB_order_with_missing_updatedAt_first()
    {
        var state = Workspaces.Default(1).Final;
        var read = new List<BsonDocument>();
        UpdatedAtPosition? position = null;
        while (state.PageByUpdatedAt(Collections.Rooms, position, 17) is { Count: > 0 } page)
        {
            read.AddRange(page);
            position = UpdatedAtPosition.Of(page[^1]);
        }

        var rooms = state.Documents(Collections.Rooms);
        Assert.Equal(rooms.Count, read.Count);
        Assert.Equal(rooms.ToHashSet(), read.ToHashSet());
        var unversioned = read.TakeWhile(d => !d.Contains("_updatedAt")).Count();
        Assert.True(unversioned > 0);
        Assert.Equal(rooms.Count(d => !d.Contains("_updatedAt")), unversioned);
        Assert.All(read.Zip(read.Skip(1)), p => Assert.True(Compare(p.First, p.Second) < 0, $"{p.First["_id"]} before {p.Second["_id"]}"));
    }

    [Fact]
    public void A_dated_position_never_returns_an_unversioned_document_and_filters_apply()
    {
        var state = Workspaces.Default(1).Final;
        var start = new UpdatedAtPosition(0, "");

        var omnichannel = state.PageByUpdatedAt(Collections.Rooms, start, int.MaxValue, d => BsonPaths.String(d, "t") == "l");

        Assert.All(omnichannel, d => Assert.True(d.Contains("_updatedAt")));
        Assert.All(omnichannel, d => Assert.Equal("l", d["t"].AsString));
        Assert.Equal(state.Documents(Collections.Rooms).Count(d => d["t"] == "l" && d.Contains("_updatedAt")), omnichannel.Count);
    }

    [Fact]
    public void A_backfill_reads_each_page_from_a_later_state()
    {
        var workspace = Workspaces.Default(2);
        var start = workspace.Checkpoints[5];

        var pages = OverlappingBackfill.Pages(workspace, Collections.Rooms, start, 300, 10, d => BsonPaths.String(d, "t") == "l").ToList();

        Assert.True(pages.Count > 3);
        Assert.Equal(start, pages[0].ReadAtWrite);
        Assert.All(pages.Zip(pages.Skip(1)), p => Assert.True(p.Second.ReadAtWrite > p.First.ReadAtWrite));
        var ids = pages.SelectMany(p => p.Documents).Select(d => d["_id"].AsString).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        foreach (var page in pages)
        {
            var state = workspace.StateAt(page.ReadAtWrite);
            Assert.All(page.Documents, d => Assert.Same(state.Find(Collections.Rooms, d["_id"].AsString), d));
        }
        Assert.Contains(pages.Skip(1), page => page.Documents.Any(d => d["ts"].AsBsonDateTime.MillisecondsSinceEpoch > workspace.TimeAt(start)));
    }

    [Fact]
    public void Messages_of_rooms_are_read_from_the_same_state()
    {
        var state = Workspaces.Default(1).Final;
        var room = state.Documents(Collections.Rooms).First(r => r["t"] == "l");

        var messages = state.MessagesOf([room["_id"].AsString]);

        Assert.NotEmpty(messages);
        Assert.Equal(state.Documents(Collections.Messages).Count(m => m["rid"] == room["_id"]), messages.Count);
    }

    // Missing _updatedAt first, then by date; ties by _id's bytes.
    private static int Compare(BsonDocument a, BsonDocument b)
    {
        static long Time(BsonDocument d) => d.GetValue("_updatedAt", BsonNull.Value) is BsonDateTime date ? date.MillisecondsSinceEpoch : long.MinValue;
        var byTime = Time(a).CompareTo(Time(b));
        return byTime != 0 ? byTime : string.CompareOrdinal(a["_id"].AsString, b["_id"].AsString);
    }
}
