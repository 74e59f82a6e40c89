using MassTransit;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Runs;

/// <summary>
/// Decides an envelope's final outcome, outside its retry. Applied: its well-formed events are counted once in the
/// run (its malformed ones are counted where they are rejected, by <see cref="EventValidationFilter{T}"/> on the
/// single-event queue). Still failing after the retries: the envelope is split, every event published alone, so
/// each one applies or lands in the single-event error queue with its own reason, and is counted there.
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
            await EventEnvelopes.PublishEachAsync(context, items).ConfigureAwait(false);
            return;
        }

        if (context.Headers.Get<string>(RunField.Header) is { Length: > 0 } runId)
        {
            var wellFormed = items.Count(item => EventEnvelopes.Plan(plan, item) is not null);
            await progress.RecordAsync(runId, wellFormed, 0).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("envelopeRunTracking");
}
