using System.Collections.Concurrent;
using OmniCharts.Ingestor.Runs;

namespace OmniCharts.Ingestor.Observability;

/// <summary>
/// The live state of the service, written by the sources after each confirmed checkpoint and read by the
/// readiness endpoint and the metrics. In memory only: the checkpoints themselves live in Redis.
/// </summary>
public sealed class IngestionStatus(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, SourceProgress> _sources = new(StringComparer.Ordinal);
    private readonly PublishedBatches _batches = new();
    private volatile ModeChange _mode = new(IngestionMode.Starting, "service started", clock.GetUtcNow());

    /// <summary>
    /// The run of every event this process publishes, each with its own number, so that the projector's marks in
    /// <c>run:{runId}</c> tell exactly how many of them were applied (the backlog is published minus done). The id ends
    /// with random digits: two services of one process (as in tests) or a quick restart must never share numbers.
    /// </summary>
    public RunSequence Run { get; } = new($"live-{Environment.MachineName}-{Environment.ProcessId}-{clock.GetUtcNow():yyyyMMddTHHmmss}-{Guid.NewGuid():N}"[..^24]);

    /// <summary>The run id stamped on every event this process publishes.</summary>
    public string RunId => Run.RunId;

    /// <summary>The current mode, why the service entered it and when.</summary>
    public ModeChange Mode => _mode;

    /// <summary>Every source that has published since the service started.</summary>
    public IReadOnlyCollection<SourceProgress> Sources => [.. _sources.Values];

    /// <summary>Events this process published and the broker confirmed, over every source.</summary>
    public long Published => _batches.Total;

    /// <summary>When the oldest confirmed batch not covered by <paramref name="accounted"/> events (distinct events done) was confirmed; null when none waits.</summary>
    public DateTimeOffset? OldestWaiting(long accounted) => _batches.OldestWaiting(accounted);

    /// <summary>Records a switch of mode, with the reason shown on the readiness endpoint and in the logs.</summary>
    public void Enter(IngestionMode mode, string reason) => _mode = new ModeChange(mode, reason, clock.GetUtcNow());

    /// <summary>Records that <paramref name="source"/> stored <paramref name="checkpoint"/> after the broker confirmed <paramref name="published"/> more events.</summary>
    public void Confirmed(string source, string checkpoint, DateTimeOffset lastChangeTime, long published)
    {
        if (published > 0)
            _batches.Add(published, clock.GetUtcNow());
        _sources.AddOrUpdate(source,
            _ => new SourceProgress(source, checkpoint, lastChangeTime, clock.GetUtcNow(), published),
            (_, previous) => new SourceProgress(source, checkpoint,
                lastChangeTime > previous.LastChangeTime ? lastChangeTime : previous.LastChangeTime,
                clock.GetUtcNow(), previous.Published + published));
    }
}
