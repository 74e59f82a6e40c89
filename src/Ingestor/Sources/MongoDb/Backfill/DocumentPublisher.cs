using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>Maps one document read by the backfill, publishes its event and counts what happened to it.</summary>
internal sealed class DocumentPublisher(BackfillRun run)
{
    /// <summary>Returns the event published, if any; a rejected document is reported with its collection and <c>_id</c>.</summary>
    public async Task<object?> PublishAsync(RocketChatCollection collection, BsonDocument document, BackfillCounters counters, CancellationToken cancellationToken)
    {
        var outcome = DocumentMapper.Map(collection, document);
        switch (outcome.Kind)
        {
            case OutcomeKind.Publish:
                if (outcome.Unversioned)
                    counters.CountUnversioned();
                await run.Publisher.PublishAsync(outcome.Event!, counters.CountPublished, cancellationToken);
                return outcome.Event;
            case OutcomeKind.Skip:
                counters.CountSkipped();
                return null;
            default:
                counters.CountRejected();
                run.Status.Error($"{CollectionNames.Of(collection)} {document.GetValue("_id", BsonNull.Value)}: {outcome.Reason}");
                return null;
        }
    }
}
