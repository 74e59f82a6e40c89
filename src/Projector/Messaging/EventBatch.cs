using System.Runtime.ExceptionServices;
using MassTransit;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messaging;

/// <summary>Applies a batch of events with pipelined script calls: all are sent, then all are awaited.</summary>
public static class EventBatch
{
    /// <summary>
    /// Applies every event of the batch that an earlier attempt did not apply. When some fail, the others are
    /// marked consumed (so MassTransit acknowledges them even though the batch faults) and the first failure is
    /// rethrown: the retry applies the failed ones again, and what still fails lands in the error queue.
    /// </summary>
    public static async Task ApplyAsync<T>(ConsumeContext<Batch<T>> context, ReadModelWriter writer, Func<T, WritePlan> plan)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var pending = new List<(ConsumeContext<T> Event, Task Write)>(context.Message.Length);
        foreach (var item in context.Message)
        {
            if (!item.ReceiveContext.IsDelivered)
                pending.Add((item, Start(plan, item.Message, writer.Targeting(item.Headers.Get<string>(StateField.TargetHeader)))));
        }

        List<ConsumeContext<T>>? applied = null;
        ExceptionDispatchInfo? failure = null;
        foreach (var (item, write) in pending)
        {
            try
            {
                await write.ConfigureAwait(false);
                (applied ??= new List<ConsumeContext<T>>(pending.Count)).Add(item);
            }
            catch (Exception e)
            {
                failure ??= ExceptionDispatchInfo.Capture(e);
            }
        }

        if (failure is null)
            return;
        foreach (var item in applied ?? [])
            await item.NotifyConsumed(TimeSpan.Zero, nameof(EventBatch)).ConfigureAwait(false);
        failure.Throw();
    }

    // Not awaited here: StackExchange.Redis writes each EVALSHA at once and pipelines them on its connection.
    private static Task Start<T>(Func<T, WritePlan> plan, T message, ReadModelWriter writer)
    {
        try
        {
            return plan(message)(writer);
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }
    }
}
