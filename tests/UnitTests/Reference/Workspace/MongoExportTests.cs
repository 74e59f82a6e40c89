using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.UnitTests.Reference.Workspace;

public class MongoExportTests
{
    [Fact]
    public void Every_line_parses_back_to_its_document()
    {
        var workspace = Workspaces.Default(1);
        var export = MongoExport.Full(workspace.Final);

        foreach (var collection in MongoExport.CollectionNames)
        {
            var documents = export.Documents(collection);
            var lines = export.Lines(collection).ToList();
            Assert.NotEmpty(lines);
            Assert.Equal(documents.Count, lines.Count);
            Assert.All(documents.Zip(lines), pair => Assert.Equal(pair.First, BsonDocument.Parse(pair.Second)));
        }
    }

    [Theory]
    [InlineData(12.5, "12.5")]
    [InlineData(100.0, "100.0")]
    [InlineData(136.976, "136.976")]
    [InlineData(1_234_567.5, "1.2345675E+06")]
    [InlineData(1_000_000.0, "1E+06")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1E-05")]
    [InlineData(0.0, "0.0")]
    [InlineData(-2.25, "-2.25")]
    public void Doubles_are_written_like_the_Go_driver(double value, string expected) =>
        Assert.Equal($"{{\"v\":{expected}}}", MongoExport.Line(new BsonDocument("v", value)));

    [Fact]
    public void Other_values_are_written_like_mongoexport()
    {
        var document = new BsonDocument
        {
            ["_id"] = "a\"b\n",
            ["ts"] = new BsonDateTime(DateTimeOffset.Parse("2026-03-08T09:15:02.500Z", System.Globalization.CultureInfo.InvariantCulture).UtcDateTime),
            ["at"] = new BsonDateTime(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).UtcDateTime),
            ["n"] = 3,
            ["big"] = 5_000_000_000L,
            ["ok"] = true,
            ["none"] = BsonNull.Value,
            ["list"] = new BsonArray { 1, "x" },
        };

        Assert.Equal("""{"_id":"a\"b\n","ts":{"$date":"2026-03-08T09:15:02.5Z"},"at":{"$date":"2026-01-01T00:00:00Z"},"n":3,"big":5000000000,"ok":true,"none":null,"list":[1,"x"]}""",
            MongoExport.Line(document));
    }

    [Fact]
    public void An_incremental_export_holds_exactly_the_documents_changed_since()
    {
        var workspace = Workspaces.Default(1);
        var checkpoints = workspace.Checkpoints;
        var (since, at) = (checkpoints[3], checkpoints[7]);

        var export = MongoExport.Incremental(workspace, since, at);

        var state = workspace.StateAt(at);
        foreach (var collection in MongoExport.CollectionNames)
        {
            var expected = workspace.Writes.Skip(since).Take(at - since).Where(w => w.Collection == collection && w.After is not null)
                .Select(w => w.Id).Where(id => state.Find(collection, id) is { } d && d.Contains("_updatedAt")).ToHashSet();
            Assert.Equal(expected.Order(), export.Documents(collection).Select(d => d["_id"].AsString).Order());
            Assert.All(export.Documents(collection), d => Assert.Same(state.Find(collection, d["_id"].AsString), d));
        }
        Assert.Equal(workspace.TimeAt(since), export.SinceMs);
    }

    [Fact]
    public void The_union_of_a_full_export_and_the_incrementals_after_it_is_the_final_state_plus_the_deleted()
    {
        var workspace = Workspaces.Default(2);
        var checkpoints = workspace.Checkpoints;
        var exports = new List<WorkspaceExport> { MongoExport.Full(workspace, checkpoints[0]) };
        exports.AddRange(checkpoints.Zip(checkpoints.Skip(1)).Select(p => MongoExport.Incremental(workspace, p.First, p.Second)));

        var union = MongoExport.ExportUnion(exports);

        var final = workspace.Final.ToRawDocuments();
        foreach (var (collection, got, want) in new[]
        {
            (Collections.Rooms, union.Rooms, final.Rooms), (Collections.Messages, union.Messages, final.Messages),
            (Collections.Users, union.Users, final.Users), (Collections.Settings, union.Settings, final.Settings),
            (Collections.Permissions, union.Permissions, final.Permissions),
        })
        {
            var byId = got.ToDictionary(d => d["_id"].AsString);
            Assert.All(want, d => Assert.Same(d, byId[d["_id"].AsString]));
            var deleted = workspace.Writes.Where(w => w.Collection == collection && w.Kind == WriteKind.Delete).Select(w => w.Id).ToHashSet();
            Assert.All(byId.Keys.Except(want.Select(d => d["_id"].AsString)), id => Assert.Contains(id, deleted));
        }
        Assert.Contains(workspace.Writes, w => w.Kind == WriteKind.Delete);
    }

    [Fact]
    public void WriteExport_writes_mongoexport_files_or_only_the_named_collection()
    {
        var workspace = Workspaces.Default(1);
        var export = MongoExport.Full(workspace.Final);
        var folder = Directory.CreateTempSubdirectory("workspace-export-").FullName;
        var single = Path.Combine(folder, "messages-only");
        try
        {
            MongoExport.WriteExport(folder, export);
            MongoExport.WriteExport(single, export, Collections.Messages);

            Assert.Equal(["rocketchat_message.json", "rocketchat_permissions.json", "rocketchat_room.json", "rocketchat_settings.json", "users.json"],
                Directory.GetFiles(folder).Select(Path.GetFileName).Order());
            Assert.Equal(export.Lines(Collections.Rooms), File.ReadAllLines(Path.Combine(folder, "rocketchat_room.json")));
            Assert.Equal(["rocketchat_message.json"], Directory.GetFiles(single).Select(Path.GetFileName));
            Assert.EndsWith("}\n", File.ReadAllText(Path.Combine(single, "rocketchat_message.json")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
