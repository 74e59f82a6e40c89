using MassTransit;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Runs;

/// <summary>
/// Marks the final outcome of a batch's events in their runs (<see cref="RunTag"/>), one script per run per batch:
/// applied (including duplicates and stale changes that changed nothing) or failed, the failures then continuing to
/// the error queue. It sits outside the batch's retry, so it sees each delivery's final outcome; a delivery the broker
/// repeats is marked again, which changes nothing.
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
        catch (Exception e)
        {
            // EventBatch marks the events it applied as consumed; MassTransit acknowledges those and faults the rest,
            // except when the Projector stops: then the rest go back to the queue, not to the error queue.
            await RecordAsync(context.Message, item => item.ReceiveContext.IsDelivered, failedAreFinal: e is not OperationCanceledException).ConfigureAwait(false);
            throw;
        }

        await RecordAsync(context.Message, _ => true, failedAreFinal: true).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("batchRunTracking");

    private Task RecordAsync(Batch<T> batch, Func<ConsumeContext<T>, bool> applied, bool failedAreFinal)
    {
        var runs = new Dictionary<string, (List<RunNumbers> Applied, List<RunNumbers> Failed)>(StringComparer.Ordinal);
        foreach (var item in batch)
        {
            if (RunTag.Of(item.Headers) is not { } tag)
                continue;
            if (!runs.TryGetValue(tag.RunId, out var run))
                runs[tag.RunId] = run = ([], []);
            if (applied(item))
                run.Applied.Add(tag.Numbers);
            else if (failedAreFinal)
                run.Failed.Add(tag.Numbers);
        }

        return Task.WhenAll(runs.Select(run => progress.MarkAsync(run.Key, run.Value.Applied, run.Value.Failed)));
    }
}
