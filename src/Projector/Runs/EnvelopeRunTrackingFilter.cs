using MassTransit;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Runs;

/// <summary>
/// Decides an envelope's final outcome, outside its retry. Applied: the numbers of its well-formed events are marked
/// in the run (its malformed ones are marked where they are rejected, by <see cref="EventValidationFilter{T}"/> on the
/// single-event queue, each published again with its own number). Still failing after the retries: the envelope is
/// split, every event published alone with its number, so each one applies or lands in the single-event error queue
/// with its own reason, and is marked there.
/// </summary>
public sealed class EnvelopeRunTrackingFilter<TEnvelope, T>(
    Func<TEnvelope, IReadOnlyList<T>> events,
    Func<T, WritePlan> plan,
    RunProgressWriter progress) : IFilter<ConsumeContext<TEnvelope>>
    where TEnvelope : class
    where T : class
{
    /// <inheritdoc />
    public async Task Send(ConsumeContext<TEnvelope> context, IPipe<ConsumeContext<TEnvelope>> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var items = events(context.Message);
        try
        {
            await next.Send(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not swallowed: one bad event must not send its envelope's good ones to the error queue with it.
            await EventEnvelopes.PublishEachAsync(context, items.Select((item, index) => (item, index))).ConfigureAwait(false);
            return;
        }

        if (RunTag.Of(context.Headers) is { } tag)
        {
            var applied = items.Select((item, index) => (item, index))
                .Where(pair => EventEnvelopes.Plan(plan, pair.item) is not null)
                .Select(pair => tag.Event(pair.index));
            await progress.MarkAsync(tag.RunId, applied, []).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("envelopeRunTracking");
}
