using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.ExportFiles;

namespace OmniCharts.UnitTests.Ingestor;

/// <summary>Realistic Rocket.Chat 7.x documents, one mongoexport line each, under Fixtures/RocketChat.</summary>
internal static class RocketChatFixtures
{
    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "RocketChat", fileName);

    public static BsonDocument Document(string fileName, string id) =>
        File.ReadLines(PathOf(fileName)).Select(BsonDocument.Parse).Single(document => document["_id"].AsString == id);

    public static DocumentOutcome Map(RocketChatCollection collection, string fileName, string id) =>
        DocumentMapper.Map(collection, Document(fileName, id));

    public static T Event<T>(RocketChatCollection collection, string fileName, string id)
    {
        var outcome = Map(collection, fileName, id);
        Assert.True(outcome.Kind == OutcomeKind.Publish, $"{id} was not published: {outcome.Kind} {outcome.Reason}");
        return Assert.IsType<T>(outcome.Event);
    }

    public static DocumentOutcome MapLine(RocketChatCollection collection, string line)
    {
        var record = ExportFileReader.ParseLine("test.json:1", line);
        return record.Document is null ? DocumentOutcome.Reject(record.Error!) : DocumentMapper.Map(collection, record.Document);
    }
}
