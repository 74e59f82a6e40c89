using MassTransit;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Runs;

/// <summary>
/// Counts the final outcome of a batch's events in their runs (<see cref="RunField.Header"/>), once per run per
/// batch: applied (including duplicates and stale changes that changed nothing) or failed, the failures then
/// continuing to the error queue. It sits outside the batch's retry, so each event is counted once.
/// </summary>
public sealed class BatchRunTrackingFilter<T>(RunProgressWriter progress) : IFilter<ConsumeContext<Batch<T>>>
    where T : class
{
    /// <inheritdoc />
    public async Task Send(ConsumeContext<Batch<T>> context, IPipe<ConsumeContext<Batch<T>>> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next.Send(context).ConfigureAwait(false);
        }
        catch
        {
            // EventBatch marks the events it applied as consumed; MassTransit acknowledges those, faults the rest.
            await RecordAsync(context.Message, item => item.ReceiveContext.IsDelivered).ConfigureAwait(false);
            throw;
        }

        await RecordAsync(context.Message, _ => true).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("batchRunTracking");

    private Task RecordAsync(Batch<T> batch, Func<ConsumeContext<T>, bool> applied)
    {
        var runs = new Dictionary<string, (long Applied, long Failed)>(StringComparer.Ordinal);
        foreach (var item in batch)
        {
            if (item.Headers.Get<string>(RunField.Header) is not { Length: > 0 } runId)
                continue;
            var (a, f) = runs.GetValueOrDefault(runId);
            runs[runId] = applied(item) ? (a + 1, f) : (a, f + 1);
        }

        return Task.WhenAll(runs.Select(run => progress.RecordAsync(run.Key, run.Value.Applied, run.Value.Failed)));
    }
}
