using System.Diagnostics;
using System.Globalization;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>What happened to the documents of one file (or of the whole replay).</summary>
public sealed class ReplayCounters(string name)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _published;

    /// <summary>The file name, or <c>total</c>.</summary>
    public string Name => name;

    /// <summary>Documents (lines) read.</summary>
    public long Read { get; private set; }

    /// <summary>Events the broker confirmed; updated from publish completions.</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Valid documents the charts do not need.</summary>
    public long Skipped { get; private set; }

    /// <summary>Lines that could not be parsed or mapped.</summary>
    public long Rejected { get; private set; }

    /// <summary>Published documents without <c>_updatedAt</c> (applied as the oldest version).</summary>
    public long Unversioned { get; private set; }

    /// <summary>The lines the file holds, counted before it is read, for the percentage and the ETA; null when unknown.</summary>
    public long? Expected { get; set; }

    /// <summary>Counts one line read.</summary>
    public void CountRead() => Read++;

    /// <summary>Counts one skipped document.</summary>
    public void CountSkipped() => Skipped++;

    /// <summary>Counts one rejected line.</summary>
    public void CountRejected() => Rejected++;

    /// <summary>Counts one published document without <c>_updatedAt</c>.</summary>
    public void CountUnversioned() => Unversioned++;

    /// <summary>Counts one confirmed publish; safe from any thread.</summary>
    public void CountPublished() => Interlocked.Increment(ref _published);

    /// <summary>Adds the counts of a finished file.</summary>
    public void Add(ReplayCounters file)
    {
        Read += file.Read;
        Skipped += file.Skipped;
        Rejected += file.Rejected;
        Unversioned += file.Unversioned;
        Interlocked.Add(ref _published, file.Published);
    }

    /// <summary><c>NAME: read R, published P, skipped S, rejected X, unversioned U</c> and the read rate.</summary>
    public string Describe(bool final)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        var rate = Read / Math.Max(elapsed.TotalSeconds, 0.001);
        var counts = string.Create(CultureInfo.InvariantCulture, $"{Name}: read {Read}, published {Published}, skipped {Skipped}, rejected {Rejected}, unversioned {Unversioned}");
        if (final)
            return string.Create(CultureInfo.InvariantCulture, $"{counts} in {elapsed.TotalSeconds:0.0} s ({rate:0}/s)");
        if (Expected is not { } expected || expected == 0)
            return string.Create(CultureInfo.InvariantCulture, $"{counts}, {rate:0}/s");
        var left = Math.Max(0, expected - Read);
        var eta = rate > 0 ? TimeSpan.FromSeconds(Math.Ceiling(left / rate)).ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "?";
        return string.Create(CultureInfo.InvariantCulture, $"{counts}, {100.0 * Math.Min(Read, expected) / expected:0}% of {expected} lines, {rate:0}/s, ETA {eta}");
    }
}
