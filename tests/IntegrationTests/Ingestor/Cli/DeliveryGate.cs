using MassTransit;

namespace OmniCharts.IntegrationTests.Ingestor.Cli;

/// <summary>A filter on every Projector endpoint that holds each delivery, unapplied, until <see cref="Open"/>.</summary>
internal sealed class DeliveryGate : IFilter<ConsumeContext>, IConfigureReceiveEndpoint
{
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => opened.TrySetResult();

    public void Configure(string name, IReceiveEndpointConfigurator configurator) => configurator.UseFilter(this);

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        await opened.Task.WaitAsync(context.CancellationToken);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deliveryGate");
}
