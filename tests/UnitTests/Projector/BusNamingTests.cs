using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.Projector.Rooms;

namespace OmniCharts.UnitTests.Projector;

public sealed class BusNamingTests
{
    [Fact]
    public void Queues_are_kebab_case_consumer_names_behind_the_prefix()
    {
        Assert.Equal("room-changed", BusNaming.EndpointNames(null).Consumer<RoomChangedConsumer>());
        Assert.Equal("p1-room-changed", BusNaming.EndpointNames("p1").Consumer<RoomChangedConsumer>());
    }

    [Fact]
    public async Task Prefix_applies_to_exchanges_pinned_by_entity_name()
    {
        await using var provider = new ServiceCollection()
            .AddMassTransitTestHarness(bus => bus.UsingInMemory((context, memory) =>
            {
                BusNaming.ApplyEntityPrefix(memory, "p1");
                memory.ConfigureEndpoints(context);
            }))
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        Assert.Equal("p1.omnicharts.room-changed", harness.Bus.Topology.Message<RoomChanged>().EntityName);
        Assert.Equal("p1.omnicharts.user-deleted", harness.Bus.Topology.Message<UserDeleted>().EntityName);
    }
}
