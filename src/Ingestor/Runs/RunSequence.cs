using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Ingestor.Runs;

/// <summary>
/// Gives out the numbers of one run's events: 0, 1, 2, … in the order they are sent, each once, to every publisher
/// of the run (the sources and webhooks of <c>serve</c> share one). The projector marks each number once in the run's
/// bitmaps, so a count of distinct numbers cannot be inflated by redeliveries.
/// </summary>
/// <param name="runId">The run id every event of the run carries.</param>
public sealed class RunSequence(string runId)
{
    private long _next;

    /// <summary>The run id.</summary>
    public string RunId { get; } = runId;

    /// <summary>How many numbers have been given out: the next number.</summary>
    public long Numbered => Interlocked.Read(ref _next);

    /// <summary>Takes the next <paramref name="count"/> consecutive numbers, for one message that carries as many events.</summary>
    public RunNumbers Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return new RunNumbers(Interlocked.Add(ref _next, count) - count, count);
    }
}
