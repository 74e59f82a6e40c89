using MassTransit;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messaging;

/// <summary>Applies the events of an envelope (several events in one AMQP message) with pipelined script calls.</summary>
public static class EventEnvelopes
{
    /// <summary>
    /// Applies every well-formed event, all scripts sent before any is awaited; a failure fails the envelope, whose
    /// retry applies it again (harmless under the version guard). Malformed events are published again one by one,
    /// so that the single-event endpoint rejects each into its error queue with its own reason and counts it.
    /// </summary>
    public static async Task ApplyAsync<T>(ConsumeContext context, IReadOnlyList<T> events, ReadModelWriter writer, Func<T, WritePlan> plan)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        var writes = new List<Task>(events.Count);
        writer = writer.Targeting(context.Headers.Get<string>(StateField.TargetHeader));
        List<T>? malformed = null;
        foreach (var item in events)
        {
            if (Plan(plan, item) is { } write)
                writes.Add(write(writer));
            else
                (malformed ??= []).Add(item);
        }

        await Task.WhenAll(writes).ConfigureAwait(false);
        await PublishEachAsync(context, malformed ?? []).ConfigureAwait(false);
    }

    /// <summary>Publishes each event alone, with the run and generation headers of <paramref name="context"/>, to the single-event queue.</summary>
    public static async Task PublishEachAsync<T>(ConsumeContext context, IEnumerable<T> events)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        var runId = context.Headers.Get<string>(RunField.Header);
        var target = context.Headers.Get<string>(StateField.TargetHeader);
        foreach (var item in events)
        {
            await context.Publish(item, (PublishContext publish) =>
            {
                if (!string.IsNullOrEmpty(runId))
                    publish.Headers.Set(RunField.Header, runId);
                if (!string.IsNullOrEmpty(target))
                    publish.Headers.Set(StateField.TargetHeader, target);
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
