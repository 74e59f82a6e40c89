using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Projector.Messaging;

namespace OmniCharts.UnitTests.Projector;

public sealed class ProjectorRetryTests
{
    [Fact]
    public async Task Transient_fault_is_retried_immediately_before_it_faults()
    {
        Assert.Equal(1 + ProjectorRetry.ImmediateRetries, await AttemptsUntilFaultAsync(new Probe(Malformed: false)));
    }

    [Fact]
    public async Task Malformed_event_is_never_retried()
    {
        Assert.Equal(1, await AttemptsUntilFaultAsync(new Probe(Malformed: true)));
    }

    private static async Task<int> AttemptsUntilFaultAsync(Probe probe)
    {
        await using var provider = new ServiceCollection()
            .AddSingleton<Attempts>()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<ProbeConsumer, ProbeConsumerDefinition>())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(probe);

        Assert.True(await harness.Published.Any<Fault<Probe>>());
        return provider.GetRequiredService<Attempts>().Count;
    }

    public sealed record Probe(bool Malformed);

    public sealed class Attempts
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Add() => Interlocked.Increment(ref count);
    }

    public sealed class ProbeConsumer(Attempts attempts) : IConsumer<Probe>
    {
        public Task Consume(ConsumeContext<Probe> context)
        {
            attempts.Add();
            throw context.Message.Malformed
                ? new MalformedEventException("probe is malformed")
                : new InvalidOperationException("probe failed");
        }
    }

    public sealed class ProbeConsumerDefinition : ConsumerDefinition<ProbeConsumer>
    {
        protected override void ConfigureConsumer(
            IReceiveEndpointConfigurator endpointConfigurator,
            IConsumerConfigurator<ProbeConsumer> consumerConfigurator,
            IRegistrationContext context) =>
            consumerConfigurator.UseProjectorRetry();
    }
}
