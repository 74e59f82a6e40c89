using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.UnitTests.Reference.Workspace;

public class ChangeStreamTests
{
    [Fact]
    public void Events_have_the_shapes_MongoDB_sends()
    {
        var workspace = Workspaces.Default(1);
        var events = Workspaces.Events(1);

        Assert.Equal(workspace.Writes.Count, events.Count);
        string? lastToken = null;
        BsonTimestamp? lastTime = null;
        foreach (var (change, write) in events.Zip(workspace.Writes))
        {
            var token = change["_id"]["_data"].AsString;
            Assert.Matches("^82[0-9A-F]+$", token);
            Assert.True(lastToken is null || string.CompareOrdinal(lastToken, token) < 0, "resume tokens increase");
            var clusterTime = change["clusterTime"].AsBsonTimestamp;
            Assert.True(lastTime is null || clusterTime.CompareTo(lastTime) > 0, "cluster times increase");
            Assert.Equal(write.WallTime / 1000, clusterTime.Timestamp);
            Assert.Equal(write.WallTime, change["wallTime"].AsBsonDateTime.MillisecondsSinceEpoch);
            Assert.Equal(new BsonDocument { ["db"] = "rocketchat", ["coll"] = write.Collection }, change["ns"]);
            Assert.Equal(new BsonDocument("_id", write.Id), change["documentKey"]);
            Assert.Equal(write.Kind.ToString().ToLowerInvariant(), change["operationType"].AsString);
            Assert.Equal(write.Kind == WriteKind.Update, change.Contains("updateDescription"));
            Assert.Equal(write.Kind != WriteKind.Delete, change.Contains("fullDocument"));
            Assert.Equal(write.Kind != WriteKind.Insert, change.Contains("fullDocumentBeforeChange"));
            if (write.Kind is WriteKind.Insert or WriteKind.Replace)
                Assert.Equal(write.After, change["fullDocument"]);
            if (write.Kind == WriteKind.Update)
                Assert.Equal(new BsonArray(), change["updateDescription"]["truncatedArrays"]);
            (lastToken, lastTime) = (token, clusterTime);
        }
        Assert.Equal(["delete", "insert", "replace", "update"], events.Select(e => e["operationType"].AsString).Distinct().Order());
    }

    [Fact]
    public void Update_descriptions_turn_the_document_before_into_the_document_after()
    {
        var workspace = Workspaces.Default(1);
        var events = Workspaces.Events(1);

        foreach (var (change, write) in events.Zip(workspace.Writes).Where(p => p.Second.Kind == WriteKind.Update))
            Assert.Equal(write.After, UpdateDescriptions.Apply(write.Before!, change["updateDescription"].AsBsonDocument));
        Assert.Contains(events, e => e.GetValue("updateDescription", BsonNull.Value) is BsonDocument d
            && d["updatedFields"].AsBsonDocument.Names.Any(n => n.StartsWith("services.resume.loginTokens.", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_updateLookup_sees_the_document_as_it_stands_when_the_stream_reads_it()
    {
        const int lag = 400;
        var workspace = Workspaces.Default(1);
        var prompt = Workspaces.Events(1);
        var late = ChangeStream.Events(workspace, 0, workspace.Writes.Count, ChangeStreamOptions.Default with { LookupLag = lag });
        var byDocument = workspace.Writes.ToLookup(w => (w.Collection, w.Id));

        var updates = workspace.Writes.Where(w => w.Kind == WriteKind.Update).ToList();
        Assert.All(updates, w => Assert.Equal(w.After, prompt[w.Sequence]["fullDocument"]));
        Assert.All(updates, w =>
        {
            var lookedUp = byDocument[(w.Collection, w.Id)].Last(x => x.Sequence <= w.Sequence + lag).After;
            Assert.Equal((BsonValue?)lookedUp ?? BsonNull.Value, late[w.Sequence]["fullDocument"]);
        });
        Assert.Contains(updates, w => late[w.Sequence]["fullDocument"] is BsonDocument later && !later.Equals(w.After));
    }

    [Fact]
    public void An_updateLookup_after_the_document_was_deleted_finds_nothing()
    {
        var workspace = Workspaces.Default(1);
        var deletion = workspace.Writes.First(w => w.Kind == WriteKind.Delete && w.Collection == Collections.Rooms);
        var update = workspace.Writes.Last(w => w.Kind == WriteKind.Update && w.Collection == deletion.Collection && w.Id == deletion.Id);

        var seen = ChangeStream.Events(workspace, update.Sequence, update.Sequence + 1,
            ChangeStreamOptions.Default with { LookupLag = deletion.Sequence - update.Sequence });

        Assert.Equal(BsonNull.Value, seen[0]["fullDocument"]);
        Assert.Equal(update.After, ChangeStream.Events(workspace, update.Sequence, update.Sequence + 1,
            ChangeStreamOptions.Default with { LookupLag = deletion.Sequence - update.Sequence - 1 })[0]["fullDocument"]);
    }

    [Fact]
    public void Pre_images_come_only_from_collections_that_keep_them()
    {
        var workspace = Workspaces.Default(1);
        var withMessages = Workspaces.Events(1);
        var without = ChangeStream.Events(workspace, 0, workspace.Writes.Count, new ChangeStreamOptions());
        var unrequested = ChangeStream.Events(workspace, 0, workspace.Writes.Count, new ChangeStreamOptions(RequestPreImages: false));

        var messageDeletes = workspace.Writes.Where(w => w.Collection == Collections.Messages && w.Kind == WriteKind.Delete).ToList();
        Assert.NotEmpty(messageDeletes);
        Assert.All(messageDeletes, w => Assert.Equal(w.Before!["rid"], withMessages[w.Sequence]["fullDocumentBeforeChange"]["rid"]));
        Assert.All(messageDeletes, w => Assert.Equal(BsonNull.Value, without[w.Sequence]["fullDocumentBeforeChange"]));
        Assert.All(workspace.Writes.Where(w => w.Collection == Collections.Rooms && w.Kind != WriteKind.Insert),
            w => Assert.Equal(BsonNull.Value, withMessages[w.Sequence]["fullDocumentBeforeChange"]));
        Assert.DoesNotContain(unrequested, e => e.Contains("fullDocumentBeforeChange"));
    }

    [Fact]
    public void A_range_of_events_is_the_same_slice_of_the_whole_stream()
    {
        var workspace = Workspaces.Default(1);
        var all = Workspaces.Events(1);
        var checkpoint = workspace.Checkpoints[2];

        var tail = ChangeStream.Events(workspace, checkpoint, workspace.Checkpoints[4]);

        Assert.Equal(all.Skip(checkpoint).Take(workspace.Checkpoints[4] - checkpoint), tail);
        Assert.Equal(ChangeStream.ResumeToken(workspace, checkpoint), tail[0]["_id"]);
    }
}
