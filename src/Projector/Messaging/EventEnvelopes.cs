using MassTransit;
using OmniCharts.Projector.Runs;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messaging;

/// <summary>Applies the events of an envelope (several events in one AMQP message) with pipelined script calls.</summary>
public static class EventEnvelopes
{
    /// <summary>
    /// Applies every well-formed event, all scripts sent before any is awaited; a failure fails the envelope, whose
    /// retry applies it again (harmless under the version guard). Malformed events are published again one by one,
    /// so that the single-event endpoint rejects each into its error queue with its own reason and marks its number.
    /// </summary>
    public static async Task ApplyAsync<T>(ConsumeContext context, IReadOnlyList<T> events, ReadModelWriter writer, Func<T, WritePlan> plan)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        var writes = new List<Task>(events.Count);
        writer = writer.Targeting(context.Headers.Get<string>(StateField.TargetHeader));
        List<(T, int)>? malformed = null;
        for (var index = 0; index < events.Count; index++)
        {
            if (Plan(plan, events[index]) is { } write)
                writes.Add(write(writer));
            else
                (malformed ??= []).Add((events[index], index));
        }

        await Task.WhenAll(writes).ConfigureAwait(false);
        await PublishEachAsync(context, malformed ?? []).ConfigureAwait(false);
    }

    /// <summary>
    /// Publishes each event alone to the single-event queue, with the run id and target generation of <paramref name="context"/>
    /// and its own number in the run: the envelope's first number plus the event's index in the envelope.
    /// </summary>
    public static async Task PublishEachAsync<T>(ConsumeContext context, IEnumerable<(T Event, int Index)> events)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        var runId = context.Headers.Get<string>(RunField.Header);
        var target = context.Headers.Get<string>(StateField.TargetHeader);
        var tag = RunTag.Of(context.Headers);
        foreach (var (item, index) in events)
        {
            await context.Publish(item, (PublishContext publish) =>
            {
                if (!string.IsNullOrEmpty(runId))
                    publish.Headers.Set(RunField.Header, runId);
                if (!string.IsNullOrEmpty(target))
                    publish.Headers.Set(StateField.TargetHeader, target);
                // MassTransit carries the envelope's headers over to what its consumer publishes: the count is not
                // this event's, and it has a number of its own.
                publish.Headers.Set(RunField.CountHeader, null);
                publish.Headers.Set(RunField.SequenceHeader, tag is { } numbered ? numbered.Event(index).First : null);
            }).ConfigureAwait(false);
        }
    }

    /// <summary>The event's write, or null when it is malformed.</summary>
    public static WritePlan? Plan<T>(Func<T, WritePlan> plan, T item)
    {
        ArgumentNullException.ThrowIfNull(plan);
        try
        {
            return plan(item);
        }
        catch (MalformedEventException)
        {
            return null;
        }
    }
}
