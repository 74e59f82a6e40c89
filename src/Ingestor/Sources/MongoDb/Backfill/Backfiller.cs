using MongoDB.Bson;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>
/// Reads settings, permissions, users, then Omnichannel rooms each followed by its messages, page by page in
/// <c>_id</c> order, publishing what <see cref="DocumentMapper"/> maps, and moves a collection's checkpoint only
/// after the broker confirmed the page (and, for rooms, their messages): a killed backfill publishes at most one
/// page again, which the projector's version guard makes harmless.
/// </summary>
public sealed class Backfiller(BackfillRun run)
{
    private readonly DocumentPublisher _publisher = new(run);
    private volatile string _progress = "starting";

    /// <summary>The collections in the order they are read; messages come with their rooms.</summary>
    public static IReadOnlyList<RocketChatCollection> Order { get; } =
        [RocketChatCollection.Settings, RocketChatCollection.Permissions, RocketChatCollection.Users, RocketChatCollection.Rooms];

    /// <summary>The last progress line (done/total, rate, ETA); safe from any thread.</summary>
    public string Describe() => _progress;

    /// <summary>Backfills every collection not yet complete; returns the totals of this run.</summary>
    public async Task<BackfillCounters> RunAsync(CancellationToken cancellationToken)
    {
        var total = new BackfillCounters("total");
        foreach (var collection in Order)
            total.Add(await CollectionAsync(collection, cancellationToken));
        return total;
    }

    private async Task<BackfillCounters> CollectionAsync(RocketChatCollection collection, CancellationToken cancellationToken)
    {
        var name = CollectionNames.Of(collection);
        var checkpointName = BackfillCheckpoint.NameOf(name);
        var position = BackfillCheckpoint.Parse(await run.Checkpoints.ReadAsync(checkpointName));
        var counters = new BackfillCounters(name);
        var messages = collection == RocketChatCollection.Rooms ? new RoomMessages(run, new BackfillCounters(CollectionNames.Of(RocketChatCollection.Messages))) : null;
        if (position.Complete)
        {
            run.Status.Complete($"{name}{(messages is null ? "" : " and its messages")}: already complete, nothing read (--restart reads it again)");
            return counters;
        }

        counters.Expected = await run.Source.CountAsync(collection, run.Filter, position.AfterId, cancellationToken);
        while (!position.Complete)
        {
            var page = await run.Source.ReadPageAsync(collection, run.Filter, position.AfterId, run.PageSize, cancellationToken);
            await run.Rate.ChargeAsync(page.Count, cancellationToken);
            var rooms = new List<string>();
            foreach (var document in page)
            {
                counters.CountRead();
                // Team rooms go out too (one small event each, so the Projector drops their messages from any
                // source), but only Omnichannel rooms' messages are read.
                if (await _publisher.PublishAsync(collection, document, counters, cancellationToken) is RoomChanged { RoomType: RoomMapping.Omnichannel } room)
                    rooms.Add(room.RoomId);
                run.Status.Update(() => _progress = Describe(counters, messages));
            }

            if (messages is not null)
                await messages.PublishAsync(page, rooms, counters, cancellationToken);
            await run.Publisher.FlushAsync(cancellationToken);
            position = page.Count < run.PageSize ? new BackfillCheckpoint(null, true) : new BackfillCheckpoint(LastId(name, page), false);
            await run.Checkpoints.WriteAsync(checkpointName, position.ToString());
        }

        run.Status.Complete(counters.Describe(final: true));
        if (messages is null)
            return counters;
        run.Status.Complete(messages.Counters.Describe(final: true));
        counters.Add(messages.Counters);
        return counters;
    }

    private static string Describe(BackfillCounters counters, RoomMessages? messages) =>
        messages is null ? counters.Describe(final: false) : counters.Describe(final: false) + " | " + messages.Counters.Describe(final: false);

    // Paging compares _id with $gt on strings, and Rocket.Chat's ids are strings; any other type would end paging early.
    private static string LastId(string collection, IReadOnlyList<BsonDocument> page) =>
        page[^1].GetValue("_id", BsonNull.Value) is { IsString: true } id
            ? id.AsString
            : throw new InvalidDataException($"{collection} holds a document whose _id is not a string ({page[^1].GetValue("_id", BsonNull.Value)}); the backfill pages on string ids");
}
