using MassTransit;
using OmniCharts.Projector.Runs;
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
            if (RunTag.Of(context.Headers) is { } tag)
                await progress.MarkAsync(tag.RunId, [], [tag.Numbers]).ConfigureAwait(false);
            throw;
        }

        await next.Send(context).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("eventValidation");
}
