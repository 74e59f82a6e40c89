using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

namespace OmniCharts.Ingestor.Sources.MongoDb.Polling;

/// <summary>
/// Publishes every document of a collection changed since its checkpoint, page by page, and moves the checkpoint
/// only after the broker confirmed the page: a poll killed half-way publishes that page again (at least once),
/// which the projector's version guard makes harmless. Polling cannot see deletions; the reconciliation does. It
/// finds documents by <c>_updatedAt</c>, so one without it is never among them (it cannot have changed since);
/// the backfill and the reconciliation pick those up. Team chat goes out once per room (<see cref="TeamChatFilter"/>).
/// </summary>
public sealed class UpdatedSincePoller(IUpdatedSincePages pages, SourceCheckpoints checkpoints, KnownTeamRooms teamRooms, int pageSize = 500)
{
    /// <summary>The checkpoint name of a poll of <paramref name="collection"/>.</summary>
    public static string CheckpointName(RocketChatCollection collection) => "poll:" + CollectionNames.Of(collection);

    /// <summary>Publishes what changed in <paramref name="collection"/> since the last poll.</summary>
    public async Task<PollCounts> PollAsync(
        RocketChatCollection collection, IConfirmedPublisher publisher, CancellationToken cancellationToken)
    {
        var name = CheckpointName(collection);
        var stored = await checkpoints.ReadAsync(name);
        var position = stored is null ? null : PollPosition.Parse(stored);
        var (read, published, skipped, rejected) = (0, 0, 0, new List<string>());
        while (true)
        {
            var page = await pages.ReadAsync(collection, position, pageSize, cancellationToken);
            var teamChat = new TeamChatFilter(teamRooms);
            foreach (var document in page)
            {
                read++;
                var outcome = DocumentMapper.Map(collection, document);
                if (outcome.Kind == OutcomeKind.Publish && !teamChat.Admits(outcome.Event!))
                    skipped++;
                else if (outcome.Kind == OutcomeKind.Publish)
                {
                    await publisher.PublishAsync(outcome.Event!, cancellationToken);
                    published++;
                }
                else if (outcome.Kind == OutcomeKind.Skip)
                    skipped++;
                else
                    rejected.Add($"{CollectionNames.Of(collection)} {document.GetValue("_id", BsonNull.Value)}: {outcome.Reason}");
                position = PositionOf(document) ?? position;
            }
            if (page.Count > 0 && position is not null)
            {
                await publisher.FlushAsync(cancellationToken);
                teamChat.Confirmed();
                await checkpoints.WriteAsync(name, position.ToString());
            }
            if (page.Count < pageSize)
                return new PollCounts(read, published, skipped, rejected);
        }
    }

    // The query only returns documents with a date _updatedAt, so a position can always be read back from them.
    private static PollPosition? PositionOf(BsonDocument document) =>
        document.GetValue("_updatedAt", BsonNull.Value) is { IsBsonDateTime: true } updatedAt &&
        document.GetValue("_id", BsonNull.Value) is { IsString: true } id
            ? new PollPosition(updatedAt.AsBsonDateTime.MillisecondsSinceEpoch, id.AsString)
            : null;
}
