using StackExchange.Redis;

namespace OmniCharts.QueryApi.Overview.Kept;

/// <summary>
/// One kept answer and what it is computed from: the generation's root, the reporting zone and the versions of the
/// months the request could read. <see cref="Body"/> may still be computing: requests that read the same versions
/// meanwhile wait for it instead of computing it again.
/// </summary>
internal sealed record KeptAnswer(string Root, TimeZoneInfo Zone, RedisValue[] Versions, Task<byte[]> Body)
{
    /// <summary>Whether this is the answer for <paramref name="root"/>, <paramref name="zone"/> and <paramref name="versions"/>.</summary>
    public bool Holds(string root, TimeZoneInfo zone, RedisValue[] versions) =>
        Root == root && SameZone(Zone, zone) && Versions.AsSpan().SequenceEqual(versions);

    /// <summary>What it holds in memory, roughly: the entry, its key and versions, and its body once computed.</summary>
    public long Size => 256 + (Body.IsCompletedSuccessfully ? Body.Result.Length : 0);

    // Zones from the system's database are shared instances; a user's fixed offset is made per request, named by its offset.
    private static bool SameZone(TimeZoneInfo a, TimeZoneInfo b) =>
        ReferenceEquals(a, b) || (a.Id == b.Id && a.HasSameRules(b));
}

/// <summary>How one request was answered.</summary>
internal enum KeptAnswerOutcome
{
    /// <summary>From the store, or from another request's computation of the same versions.</summary>
    Kept,

    /// <summary>Computed from buckets read in the first round trip.</summary>
    Read,

    /// <summary>Computed from buckets read in a second round trip: the kept answer it bet on was out of date.</summary>
    SecondRead,
}
