using MassTransit;
using OmniCharts.Projector.Runs;

namespace OmniCharts.IntegrationTests.Ingestor.Runs;

/// <summary>
/// A filter on every Projector endpoint that stages a redelivery. The first delivery of an event numbered below
/// <c>cutAfter</c> is applied and marked, then held before its acknowledgement until the connection dies, as if the
/// Projector had been killed there: the broker hands it out again. Events from <c>cutAfter</c> on wait, unapplied, for
/// <see cref="Release"/>.
/// </summary>
internal sealed class AckHold(long cutAfter) : IFilter<ConsumeContext>, IConfigureReceiveEndpoint
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource cut = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int heldBeforeAck;
    private int redeliveredApplied;

    /// <summary>First deliveries applied, marked and now held before their acknowledgement.</summary>
    public int HeldBeforeAck => Volatile.Read(ref heldBeforeAck);

    /// <summary>Redeliveries of held events that have been applied (and marked) again.</summary>
    public int RedeliveredApplied => Volatile.Read(ref redeliveredApplied);

    /// <summary>The run id the held events carry.</summary>
    public string? RunId { get; private set; }

    /// <summary>Lets the events from <c>cutAfter</c> on be applied.</summary>
    public void Release() => released.TrySetResult();

    /// <summary>Lets go of the held deliveries (their connection is gone: the acknowledgement cannot reach the broker).</summary>
    public void Cut() => cut.TrySetResult();

    public void Configure(string name, IReceiveEndpointConfigurator configurator) => configurator.UseFilter(this);

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        if (RunTag.Of(context.Headers) is not { } tag)
        {
            await next.Send(context);
            return;
        }

        RunId = tag.RunId;
        var number = tag.Numbers.First;
        if (number >= cutAfter)
            await released.Task.WaitAsync(context.CancellationToken);
        await next.Send(context);
        if (number >= cutAfter)
            return;
        if (context.ReceiveContext.Redelivered)
        {
            Interlocked.Increment(ref redeliveredApplied);
            return;
        }

        Interlocked.Increment(ref heldBeforeAck);
        // The channel's shutdown cancels the delivery; the test's cut lets go in any case.
        await Task.WhenAny(cut.Task, Task.Delay(Timeout.Infinite, context.CancellationToken));
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("ackHold");
}
