using MassTransit;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Messaging;

/// <summary>
/// Validates each event before it joins a batch. A malformed event faults alone, on its own delivery, so it lands
/// in <c>&lt;queue&gt;_error</c> with its own reason and never fails the good events it would have been batched with.
/// </summary>
public sealed class EventValidationFilter<T>(Func<T, WritePlan> plan, RunProgressWriter progress) : IFilter<ConsumeContext<T>>
    where T : class
{
    /// <inheritdoc />
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            _ = plan(context.Message);
        }
        catch (MalformedEventException)
        {
            if (context.Headers.Get<string>(RunField.Header) is { Length: > 0 } runId)
                await progress.RecordAsync(runId, RunField.Failed).ConfigureAwait(false);
            throw;
        }

        await next.Send(context).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("eventValidation");
}
