using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.Histories;

namespace OmniCharts.UnitTests.Reference.Histories;

public class HistoryGeneratorTests
{
    private static readonly Arbitrary<History> Histories = HistoryGens.Histories().ToArbitrary();

    [Fact]
    public void The_same_seed_gives_the_same_history()
    {
        static string Dump(History h) => string.Join('\n', h.Changes.Select(c => $"{c.Collection} {c.Id} {c.Version} {c.Document?.ToJson()}"));

        Assert.Equal(Dump(HistoryGenerator.Generate(7)), Dump(HistoryGenerator.Generate(7)));
        Assert.NotEqual(Dump(HistoryGenerator.Generate(7)), Dump(HistoryGenerator.Generate(8)));
    }

    [Property(MaxTest = 60)]
    public Property Versions_increase_and_nothing_follows_a_deletion() => Prop.ForAll(Histories, history =>
    {
        var deleted = new HashSet<(string, string)>();
        var last = long.MinValue;
        foreach (var change in history.Changes)
        {
            if (change.Version <= last || deleted.Contains((change.Collection, change.Id)))
                return false;
            if (change.Document is { } document && document["_updatedAt"].ToUniversalTime() != DateTimeOffset.FromUnixTimeMilliseconds(change.Version).UtcDateTime)
                return false;
            last = change.Version;
            if (change.IsDeletion)
                deleted.Add((change.Collection, change.Id));
        }
        return true;
    });

    [Property(MaxTest = 60)]
    public Property The_final_documents_are_the_last_version_of_every_document_not_deleted() => Prop.ForAll(Histories, history =>
    {
        var folded = history.Changes.GroupBy(c => (c.Collection, c.Id)).Select(g => g.Last())
            .Where(c => !c.IsDeletion).ToLookup(c => c.Collection, c => c.Document!.ToJson());
        static IEnumerable<string> Json(IEnumerable<BsonDocument> docs) => docs.Select(d => d.ToJson()).Order();
        var final = history.Final;
        return Json(final.Rooms).SequenceEqual(folded[Collections.Rooms].Order())
            && Json(final.Messages).SequenceEqual(folded[Collections.Messages].Order())
            && Json(final.Users).SequenceEqual(folded[Collections.Users].Order())
            && Json(final.Permissions).SequenceEqual(folded[Collections.Permissions].Order())
            && Json(final.Settings).SequenceEqual(folded[Collections.Settings].Order());
    });

    [Fact]
    public void Histories_exercise_every_kind_of_change()
    {
        var changes = Enumerable.Range(0, 150).SelectMany(seed => HistoryGenerator.Generate(seed).Changes).ToList();
        bool Any(string collection, Func<BsonDocument, bool> predicate) =>
            changes.Any(c => c.Collection == collection && c.Document is { } d && predicate(d));

        Assert.True(Any(Collections.Messages, m => m.Contains("_hidden") && m.Contains("parent")), "hidden edit copies");
        Assert.True(Any(Collections.Messages, m => m.GetValue("t", "") == "rm"), "a message that gains t");
        Assert.True(Any(Collections.Messages, m => m.Contains("token") && !m["token"].IsBsonNull), "visitor messages");
        Assert.True(Any(Collections.Rooms, r => r["t"] == "l" && r.Contains("open") && r.Contains("metrics") && r["metrics"].AsBsonDocument.Contains("chatDuration")), "reopened rooms");
        Assert.True(Any(Collections.Rooms, r => r["t"] == "l" && !r.Contains("open") && r.Contains("closedAt")), "closed rooms");
        Assert.True(Any(Collections.Rooms, r => r.Contains("metrics") && r["metrics"].AsBsonDocument.Contains("response")
            && r["metrics"]["response"].AsBsonDocument.GetValue("ft", BsonNull.Value).IsInt32), "whole seconds stored as int32");
        Assert.Contains(changes, c => c.Collection == Collections.Rooms && c.IsDeletion);
        Assert.Contains(changes, c => c.Collection == Collections.Messages && c.IsDeletion);
        var departed = changes.Where(c => c.Collection == Collections.Rooms && c.Document is not null)
            .GroupBy(c => c.Id).Any(g => g.Any(c => c.Document!.Contains("departmentId")) && !g.Last().Document!.Contains("departmentId"));
        Assert.True(departed, "rooms that lost their department");
    }

    [Fact]
    public void Histories_exercise_what_the_overview_reads()
    {
        var rooms = Enumerable.Range(0, 150).SelectMany(seed => HistoryGenerator.Generate(seed).Changes)
            .Where(c => c is { Collection: Collections.Rooms, Document: not null }).ToList();
        bool Any(Func<BsonDocument, bool> predicate) => rooms.Any(c => predicate(c.Document!));
        static string? Agent(BsonDocument room, string field) => room.GetValue(field, BsonNull.Value) is BsonDocument a ? a["username"].AsString : null;
        static BsonDocument Metrics(BsonDocument room) => room.GetValue("metrics", new BsonDocument()).AsBsonDocument;

        Assert.True(Any(r => r["t"] == "l" && !r.Contains("metrics")), "rooms without metrics");
        Assert.True(Any(r => r.GetValue("onHold", false) == true && r.Contains("open")), "held rooms");
        Assert.True(Any(r => r.GetValue("onHold", false) == true && !r.Contains("open")), "closed rooms that kept onHold");
        Assert.True(Any(r => r.Contains("responseBy") && Agent(r, "responseBy") != Agent(r, "servedBy")), "first responders other than the current agent");
        Assert.True(Any(r => Metrics(r).GetValue("response", BsonNull.Value) is BsonDocument response && !response.Contains("avg")), "a missing response.avg");
        Assert.True(Any(r => Metrics(r).Contains("response") && !Metrics(r).Contains("reaction")), "a response without a reaction");
        var transferred = rooms.GroupBy(c => c.Id).Any(g => g.Select(c => Agent(c.Document!, "servedBy")).OfType<string>().Distinct().Count() > 1);
        Assert.True(transferred, "rooms transferred between agents");
    }
}
