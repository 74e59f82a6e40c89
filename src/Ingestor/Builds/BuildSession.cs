using OmniCharts.Ingestor.Cli;
using OmniCharts.ReadModel.Generations;

namespace OmniCharts.Ingestor.Builds;

/// <summary>
/// A replay's or backfill's part in the read model's life. On an empty read model (never built, or lost with Redis) it
/// begins the first generation, reports its progress into the state while it publishes (the QueryApi's 503 shows it),
/// and marks it ready once every event it published was applied; on an unfinished build it takes that build over; on
/// a complete read model it only brings it up to date and changes no state.
/// </summary>
public sealed class BuildSession : IAsyncDisposable
{
    private static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(2);
    private readonly ReadModelStateStore _store;
    private readonly CancellationTokenSource _stop = new();
    private Func<string>? _progress;
    private Task _reporting = Task.CompletedTask;

    private BuildSession(ReadModelStateStore store, BuildClaim claim)
    {
        _store = store;
        Claim = claim;
    }

    /// <summary>What the source found and the generation it writes.</summary>
    public BuildClaim Claim { get; }

    /// <summary>True when this source must complete the generation: it waits for the Projector and marks it ready.</summary>
    public bool Builds => Claim.Builds;

    /// <summary>A session for a generation already claimed (a rebuild's).</summary>
    public static BuildSession Of(ReadModelStateStore store, BuildClaim claim) => new(store, claim);

    /// <summary>Asks to build; says on <paramref name="status"/> what this source does to the read model.</summary>
    public static async Task<BuildSession> ClaimAsync(ReadModelStateStore store, string source, StatusLine status)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(status);
        var claim = await store.BeginBuildAsync(source);
        status.Complete(claim.Start switch
        {
            BuildStart.Began => $"read model: empty; this run builds generation {claim.Generation} and marks it complete when the Projector has applied it",
            BuildStart.Resumed => $"read model: generation {claim.Generation} was never completed; this run takes its build over",
            BuildStart.ReplacedOtherLayout => $"read model: generation {claim.Replaced} was built by another version of OmniCharts, which this one " +
                $"cannot read; this run builds generation {claim.Generation} in its place and deletes {claim.Replaced}'s keys when it is complete",
            _ => $"read model: generation {claim.Generation} is complete; this run brings it up to date",
        });
        return new BuildSession(store, claim);
    }

    /// <summary>Reports <paramref name="progress"/>'s line into the state every few seconds while the source publishes (only when it builds).</summary>
    public void Track(Func<string> progress)
    {
        if (!Builds || _progress is not null)
            return;
        _progress = progress;
        _reporting = ReportAsync(_stop.Token);
    }

    /// <summary>Marks the generation ready; says so on <paramref name="status"/>.</summary>
    public async Task CompleteAsync(StatusLine status)
    {
        ArgumentNullException.ThrowIfNull(status);
        await StopReportingAsync();
        if (!await _store.MarkReadyAsync(Claim.Generation))
            return;
        status.Complete($"read model: generation {Claim.Generation} is complete; the QueryApi answers from it");
        if (Claim.Replaced is { } replaced)
            status.Complete($"read model: generation {replaced} (another version's): {await _store.DeleteGenerationAsync(replaced)} keys deleted");
    }

    /// <summary>Leaves the generation unfinished, with <paramref name="reason"/> as its progress, which the QueryApi's 503 shows.</summary>
    public async Task LeaveUnfinishedAsync(string reason)
    {
        await StopReportingAsync();
        await _store.ReportProgressAsync(Claim.Generation, reason);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopReportingAsync();
        _stop.Dispose();
    }

    private async Task StopReportingAsync()
    {
        if (!_stop.IsCancellationRequested)
            await _stop.CancelAsync();
        await _reporting;
    }

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(ReportInterval, cancellationToken);
                await _store.ReportProgressAsync(Claim.Generation, _progress!());
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (StackExchange.Redis.RedisException)
        {
            // Progress is a courtesy to the operator; the build itself goes on and its end is what counts.
        }
    }
}
