using System.Globalization;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>What the backfill of one collection did so far, against how much it expects to read.</summary>
/// <param name="name">The collection name, or <c>total</c>.</param>
/// <param name="time">The clock of the rate and the ETA; the system's when null.</param>
public sealed class BackfillCounters(string name, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly long _started = (time ?? TimeProvider.System).GetTimestamp();
    private long _published;

    /// <summary>The collection name, or <c>total</c>.</summary>
    public string Name => name;

    /// <summary>Documents read in this run.</summary>
    public long Read { get; private set; }

    /// <summary>Events the broker confirmed; updated from publish completions.</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Documents the charts do not need.</summary>
    public long Skipped { get; private set; }

    /// <summary>Documents that could not be mapped.</summary>
    public long Rejected { get; private set; }

    /// <summary>Published documents without <c>_updatedAt</c> (applied as the oldest version).</summary>
    public long Unversioned { get; private set; }

    /// <summary>How many documents this run expects to read; null when unknown.</summary>
    public long? Expected { get; set; }

    /// <summary>True when <see cref="Expected"/> is extrapolated rather than counted.</summary>
    public bool ExpectedIsEstimate { get; set; }

    /// <summary>Counts one document read.</summary>
    public void CountRead() => Read++;

    /// <summary>Counts one skipped document.</summary>
    public void CountSkipped() => Skipped++;

    /// <summary>Counts one rejected document.</summary>
    public void CountRejected() => Rejected++;

    /// <summary>Counts one published document without <c>_updatedAt</c>.</summary>
    public void CountUnversioned() => Unversioned++;

    /// <summary>Counts one confirmed publish; safe from any thread.</summary>
    public void CountPublished() => Interlocked.Increment(ref _published);

    /// <summary>Adds the counts of a finished collection.</summary>
    public void Add(BackfillCounters collection)
    {
        Read += collection.Read;
        Skipped += collection.Skipped;
        Rejected += collection.Rejected;
        Unversioned += collection.Unversioned;
        Interlocked.Add(ref _published, collection.Published);
    }

    /// <summary>
    /// While running: <c>NAME: R/T read (P%), published, skipped, rejected, rate, ETA</c>; when final, the counts,
    /// the time taken and the rate.
    /// </summary>
    public string Describe(bool final)
    {
        var elapsed = _time.GetElapsedTime(_started);
        var rate = Read / Math.Max(elapsed.TotalSeconds, 0.001);
        var counts = string.Create(CultureInfo.InvariantCulture, $"published {Published}, skipped {Skipped}, rejected {Rejected}, unversioned {Unversioned}");
        if (final)
            return string.Create(CultureInfo.InvariantCulture, $"{Name}: read {Read}, {counts} in {elapsed.TotalSeconds:0.0} s ({rate:0}/s)");
        var expected = Math.Max(Expected ?? 0, Read);
        var approx = ExpectedIsEstimate ? "~" : "";
        var eta = rate > 0 ? TimeSpan.FromSeconds(Math.Ceiling((expected - Read) / rate)) : (TimeSpan?)null;
        return Expected is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Name}: read {Read}, {counts}, {rate:0}/s")
            : string.Create(CultureInfo.InvariantCulture,
                $"{Name}: {Read}/{approx}{expected} ({Percent(expected):0}%), {counts}, {rate:0}/s, ETA {eta?.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) ?? "?"}");
    }

    private double Percent(long expected) => expected == 0 ? 100 : 100.0 * Read / expected;
}
