using MassTransit;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Runs;

/// <summary>
/// Counts the final outcome of each event that carries <see cref="RunField.Header"/>: applied (including a
/// duplicate or stale change that changed nothing) or failed, the failure then continuing to the error queue.
/// </summary>
public sealed class RunTrackingFilter<T>(RunProgressWriter progress) : IFilter<ConsumeContext<T>>
    where T : class
{
    /// <inheritdoc />
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var runId = context.Headers.Get<string>(RunField.Header);
        if (string.IsNullOrEmpty(runId))
        {
            await next.Send(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await next.Send(context).ConfigureAwait(false);
        }
        catch
        {
            await progress.RecordAsync(runId, RunField.Failed).ConfigureAwait(false);
            throw;
        }

        await progress.RecordAsync(runId, RunField.Applied).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("runTracking");
}
