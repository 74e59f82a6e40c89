using MongoDB.Bson;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor.ChangeStreams;
using OmniCharts.ReadModel.Keys;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// Hands a simulated workspace's change events to the tail through the scripted stream, in batches of random sizes
/// (each with the resume token of its last event, as <c>postBatchResumeToken</c>), and knows which write each token
/// follows, so that a restarted tail gets the events after the token it stored.
/// </summary>
internal sealed class StreamFeed(SimulatedWorkspace workspace, ChangeStreamOptions options, int seed, string keyPrefix)
{
    private const int MaxBatch = 150;
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, int> _covered = new(StringComparer.Ordinal);

    /// <summary>Writes whose events the tail has been handed (or that happened before it opened).</summary>
    public int Delivered { get; private set; }

    /// <summary>The token of the last batch handed over.</summary>
    public BsonDocument? LastToken { get; private set; }

    /// <summary>The stream opens at the current time, after <paramref name="writes"/> writes: earlier ones are history.</summary>
    public void OpenAt(int writes) => Delivered = writes;

    /// <summary>Hands over the events of the writes up to <paramref name="to"/>.</summary>
    public void Push(ScriptedChangeStream.Batches stream, int to)
    {
        if (to <= Delivered)
            return;
        var events = ChangeStream.Events(workspace, Delivered, to, options);
        for (var i = 0; i < events.Count;)
        {
            var size = Math.Min(events.Count - i, _random.Next(1, MaxBatch + 1));
            var batch = events.Skip(i).Take(size).ToList();
            LastToken = batch[^1]["_id"].AsBsonDocument;
            _covered[Key(LastToken)] = Delivered + i + size;
            stream.Push(new ChangeBatch(batch, LastToken));
            i += size;
        }
        Delivered = to;
    }

    /// <summary>A new tail resumed after <paramref name="token"/> (null: it opened at the current time).</summary>
    public void ResumeAfter(BsonDocument? token)
    {
        if (token is null)
            return;
        Delivered = _covered[Key(token)];
        LastToken = token;
    }

    /// <summary>The token the tail stored in Redis, once the broker confirmed everything before it.</summary>
    public async Task<BsonDocument?> StoredTokenAsync() =>
        await TestRedis.Connection.GetDatabase().StringGetAsync(new RedisKeySchema(keyPrefix).SourceCheckpoint(StreamCheckpoint.Source)) is { IsNull: false } text
            ? StreamCheckpoint.Parse(text.ToString()).Token
            : null;

    /// <summary>Waits until the tail stored the token of the last batch handed over.</summary>
    public Task ConfirmedAsync() => Eventually.HoldsAsync(
        async () => LastToken is null || Equals(await StoredTokenAsync(), LastToken),
        () => $"the tail to confirm the batch ending at write {Delivered}");

    private static string Key(BsonDocument token) => token["_data"].AsString;
}
