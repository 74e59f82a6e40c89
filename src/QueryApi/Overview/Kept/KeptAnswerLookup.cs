using System.Globalization;
using OmniCharts.QueryApi.Overview.Requests;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Overview.Kept;

/// <summary>
/// One request's use of <see cref="KeptAnswers"/>. Its first round trip reads the versions of every month the range
/// can touch in any zone (UTC days <c>from−1</c> to <c>to+1</c>) before any bucket, so an answer computed from what
/// is read after them is never older than the versions it is kept with. When an answer is kept for the question, that
/// round trip reads nothing else, betting that it still holds: equal versions answer from memory, moved ones cost a
/// second round trip for the buckets. Requests that read the same new versions share one computation. Ranges too long
/// to prefetch are not kept.
/// </summary>
/// <remarks>
/// Always betting is the cheaper rule under load: reading the buckets with the versions costs their reads on every
/// request, a lost bet only on the requests that find the data changed, and those share one computation. What it
/// costs is latency for a lone manager on a busy workspace: a second round trip (a fraction of a millisecond) when the
/// data changed since the last refresh.
/// </remarks>
internal sealed class KeptAnswerLookup
{
    private readonly KeptAnswers answers;
    private readonly IConnectionMultiplexer redis;
    private readonly OverviewRequest? request;
    private readonly string? key;
    private readonly KeptAnswer? found;
    private Task<RedisValue[]>? versions;
    private Func<IBatch, Task?>? bucketReads;

    private KeptAnswerLookup(KeptAnswers answers, IConnectionMultiplexer redis, OverviewEndpoint endpoint, OverviewRequest? request)
    {
        (this.answers, this.redis) = (answers, redis);
        if (!answers.Enabled || request is null || !OverviewPrefetch.Applies(request.From, request.To))
            return;
        this.request = request;
        key = string.Create(CultureInfo.InvariantCulture, $"{endpoint}|{request.Name}|{request.From:yyyy-MM-dd}|{request.To:yyyy-MM-dd}|{request.Scope.KeyPart}");
        found = answers.Find(key);
    }

    /// <summary>Whether the buckets were left out of the first round trip, betting on the kept answer.</summary>
    public bool Betting { get; private set; }

    /// <summary>The lookup of <paramref name="request"/> (null: nothing to keep, such as a rejected or empty request).</summary>
    public static KeptAnswerLookup For(KeptAnswers answers, IConnectionMultiplexer redis, OverviewEndpoint endpoint, OverviewRequest? request)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(redis);
        return new KeptAnswerLookup(answers, redis, endpoint, request);
    }

    /// <summary>
    /// Queues the versions and, unless an answer is kept for the question, <paramref name="reads"/>'s bucket reads
    /// after them (else they go out in a second batch if the bet is lost); returns what to await.
    /// </summary>
    public Task? Queue(IBatch batch, RedisKeySchema keys, Func<IBatch, Task?> reads)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(reads);
        (versions, Betting, bucketReads) = (null, false, reads);
        if (request is null)
            return reads(batch);

        // Never null: from−1 … to+1 holds at least one month.
        versions = MonthVersions.Queue(batch, keys.DayVersions(request.Scope), OverviewPrefetch.Months(request.From.AddDays(-1), request.To.AddDays(1)))!;
        Betting = found is { } kept && kept.Root == keys.Root;
        if (Betting)
            return versions;
        return reads(batch) is { } queued ? Task.WhenAll(versions, queued) : versions;
    }

    /// <summary>
    /// The answer for <paramref name="range"/> in <paramref name="zone"/> from <paramref name="keys"/>' generation: the
    /// kept one when its versions hold, else <paramref name="compute"/>'s, kept for the requests after it.
    /// </summary>
    public async Task<byte[]> AnswerAsync(LocalRange range, TimeZoneInfo zone, RedisKeySchema keys, Func<Task<byte[]>> compute)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(compute);
        if (key is null || versions is null || !Covers(range))
            return await compute();

        var read = await versions;
        var kept = answers.Find(key);
        if (await HeldAsync(kept, keys.Root, zone, read) is { } body)
            return body;

        var computing = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var mine = new KeptAnswer(keys.Root, zone, read, computing.Task);
        if (!answers.TryReplace(key, kept, mine))
        {
            // Another request of the same moment got there first: if it read the same versions, its answer is this one.
            kept = answers.Find(key);
            if (await HeldAsync(kept, keys.Root, zone, read) is { } theirs)
                return theirs;
            mine = null;
        }

        answers.Tally(Betting ? KeptAnswerOutcome.SecondRead : KeptAnswerOutcome.Read);
        try
        {
            if (Betting)
                await ReadBucketsAsync();
            var computed = await compute();
            computing.SetResult(computed);
            if (mine is not null)
                answers.Computed(key, mine, computed);
            return computed;
        }
        catch (Exception failure)
        {
            computing.SetException(failure);
            if (mine is not null)
                answers.Drop(key, mine);
            throw;
        }
    }

    // The body of kept when it is the answer for these versions and its computation succeeded; else null.
    private async Task<byte[]?> HeldAsync(KeptAnswer? kept, string root, TimeZoneInfo zone, RedisValue[] read)
    {
        if (kept is null || !kept.Holds(root, zone, read))
            return null;
        // A computation that failed is not an answer: the request computes its own (and reports its own failure).
        await ((Task)kept.Body).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!kept.Body.IsCompletedSuccessfully)
            return null;
        answers.Tally(KeptAnswerOutcome.Kept);
        return kept.Body.Result;
    }

    // A lost bet: the buckets the first round trip left out, read as they would have been, in one more.
    private async Task ReadBucketsAsync()
    {
        var batch = redis.GetDatabase().CreateBatch();
        var reads = bucketReads!(batch);
        batch.Execute();
        if (reads is not null)
            await reads;
    }

    // Whether the versions cover every UTC day the range touches. Any offset under a day keeps local midnights within
    // from−1 … to+1, so this holds; it is checked because a kept answer must rest only on versions it read (were it
    // ever false, the readers would read the cells the first round trip missed, as they do for a missed prefetch).
    private bool Covers(LocalRange range) =>
        range.FirstSlot.Day >= request!.From.AddDays(-1) && range.LastSlot.Day <= request.To.AddDays(1);
}
