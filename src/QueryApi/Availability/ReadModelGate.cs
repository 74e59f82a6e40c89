using System.Globalization;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Availability;

/// <summary>
/// Never silently wrong: every answer first reads the read model's state, in the request's own round trip. Without a
/// complete live generation (never built, lost with Redis, still being built, or built by another layout) the answer
/// is a 503 that says why, never a 401 for users the read model does not hold yet and never numbers it does not have.
/// A rebuild beside a complete generation changes nothing for requests; its switch is followed on the next one.
/// </summary>
public sealed class ReadModelGate(LiveGeneration live)
{
    /// <summary>Adds the state read to <paramref name="batch"/>.</summary>
    public static Task<HashEntry[]> Queue(IBatch batch, RedisKeySchema keys)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(keys);
        return batch.HashGetAllAsync(keys.State);
    }

    /// <summary>The verdict for a request that read <paramref name="read"/>'s keys and found <paramref name="entries"/>.</summary>
    public GateCheck Check(HashEntry[] entries, RedisKeySchema read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var state = ReadModelState.Of(entries);
        if (Unavailable(state) is { } reason)
            return new GateCheck(Availability.Unavailable, state, reason);
        if (state.Live != read.Generation)
        {
            live.Follow(state);
            return new GateCheck(Availability.Switched, state, null);
        }
        return new GateCheck(Availability.Ready, state, null);
    }

    /// <summary>Why <paramref name="state"/> cannot answer, in an operator's words; null when it can.</summary>
    public string? Unavailable(ReadModelState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.LiveInfo is not { } generation)
            return "OmniCharts' read model is empty: it was never built, or Redis lost it. Analytics come back once `Ingestor serve` " +
                   "has backfilled it from MongoDB or `Ingestor replay` has replayed an export [read-model-empty]";
        if (!ReadModelState.IsOfLayout(generation.Name, live.Layout.Generation))
            return $"OmniCharts' read model was built by another version (generation {generation.Name}; this QueryApi reads layout " +
                   $"{live.Layout.Generation}): run `Ingestor rebuild` with this version [read-model-other-layout]";
        if (!generation.IsReady)
            return "OmniCharts' read model is being built" + Details(generation) + "; analytics come back once it is complete [read-model-building]";
        return null;
    }

    private static string Details(GenerationInfo generation)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(generation.Source))
            parts.Add(generation.Source);
        if (!string.IsNullOrEmpty(generation.Progress))
            parts.Add(generation.Progress);
        else if (!string.IsNullOrEmpty(generation.Started))
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"started {generation.Started}"));
        return parts.Count == 0 ? "" : " (" + string.Join("; ", parts) + ")";
    }
}
