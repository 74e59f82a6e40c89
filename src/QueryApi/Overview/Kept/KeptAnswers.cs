using System.Collections.Concurrent;

namespace OmniCharts.QueryApi.Overview.Kept;

/// <summary>
/// The overview's and the agents table's answers this QueryApi has computed, each kept with the versions of the months
/// it read (<c>{scope}:dayver</c>, which every script that changes a bucket of a month raises in the same atomic step).
/// A request reads those versions first; when they, the generation and the reporting zone are the ones an answer was
/// kept with, its body is the answer (<see cref="KeptAnswerLookup"/>). Many people refreshing the same dashboard then
/// cost a version read each, and one computation per change of the data. Bounded by the bytes it holds: when full, it
/// starts over.
/// </summary>
public sealed class KeptAnswers
{
    private readonly ConcurrentDictionary<string, KeptAnswer> answers = new(StringComparer.Ordinal);
    private long bytes, kept, reads, secondReads;

    /// <summary>A store that keeps answers up to <paramref name="capacityBytes"/> bytes; 0 keeps none.</summary>
    public KeptAnswers(long capacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacityBytes);
        CapacityBytes = capacityBytes;
    }

    /// <summary>A store that keeps nothing: every answer is computed from the buckets.</summary>
    public static KeptAnswers Disabled { get; } = new(0);

    /// <summary>How many bytes of answers it keeps at most.</summary>
    public long CapacityBytes { get; }

    /// <summary>Whether it keeps anything.</summary>
    public bool Enabled => CapacityBytes > 0;

    /// <summary>Answers sent from the store (or from another request's computation of the same versions).</summary>
    public long Kept => Interlocked.Read(ref kept);

    /// <summary>Answers computed from buckets read in the request's first round trip.</summary>
    public long Reads => Interlocked.Read(ref reads);

    /// <summary>Answers the store was expected to hold but whose versions had moved: computed in a second round trip.</summary>
    public long SecondReads => Interlocked.Read(ref secondReads);

    /// <summary>How many bytes it holds, roughly.</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    internal KeptAnswer? Find(string key) => answers.TryGetValue(key, out var answer) ? answer : null;

    internal void Tally(KeptAnswerOutcome outcome)
    {
        switch (outcome)
        {
            case KeptAnswerOutcome.Kept: Interlocked.Increment(ref kept); break;
            case KeptAnswerOutcome.Read: Interlocked.Increment(ref reads); break;
            default: Interlocked.Increment(ref secondReads); break;
        }
    }

    /// <summary>Puts <paramref name="answer"/> in place of <paramref name="old"/> (null: of nothing); false when another request changed the entry first.</summary>
    internal bool TryReplace(string key, KeptAnswer? old, KeptAnswer answer)
    {
        if (!Enabled)
            return false;
        if (!Fits(answer.Size))
            old = null;
        var replaced = old is null ? answers.TryAdd(key, answer) : answers.TryUpdate(key, answer, old);
        if (replaced)
            Interlocked.Add(ref bytes, answer.Size - (old?.Size ?? 0));
        return replaced;
    }

    /// <summary>Counts the body of <paramref name="answer"/>, which finished computing; drops it when it cannot fit.</summary>
    internal void Computed(string key, KeptAnswer answer, byte[] body)
    {
        if (answer.Size > CapacityBytes)
        {
            Drop(key, answer);
            return;
        }

        if (Fits(body.Length))
            Interlocked.Add(ref bytes, body.Length);
        else if (answers.TryAdd(key, answer))
            Interlocked.Add(ref bytes, answer.Size);
    }

    // Whether size more bytes fit; when not, the store starts over empty (and the caller adds its entry anew).
    private bool Fits(long size)
    {
        if (Interlocked.Read(ref bytes) + size <= CapacityBytes)
            return true;
        // Distinct questions are few on a real workspace (dashboards ask the same ranges); a full store means a small
        // capacity or clients sweeping ranges, and starting over bounds the memory without an LRU on every hit.
        answers.Clear();
        Interlocked.Exchange(ref bytes, 0);
        return false;
    }

    /// <summary>Drops <paramref name="answer"/> if it is still the entry (its computation failed, or its body cannot fit).</summary>
    internal void Drop(string key, KeptAnswer answer) => answers.TryRemove(KeyValuePair.Create(key, answer));
}
