using System.Collections.Concurrent;
using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.Ingestor.Messaging;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Ingestor.Publishing;

/// <summary><see cref="EventPublisher"/> on the real broker: what travels in which AMQP message, and when each event is confirmed.</summary>
public sealed class EventPublisherTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Created = new(2026, 3, 4, 10, 15, 2, TimeSpan.Zero);
    private readonly string _prefix = $"t-{Guid.NewGuid():N}";
    private readonly ConcurrentQueue<(string Kind, int Events, string? RunId)> _received = new();
    private IBusControl _sender = null!;
    private IBusControl _receiver = null!;

    [Fact]
    public async Task Rooms_and_messages_travel_in_envelopes_and_every_event_is_confirmed_after_the_flush()
    {
        var confirmed = 0;
        using (var publisher = new EventPublisher(_sender, "run-1", envelopeSize: 3))
        {
            for (var i = 0; i < 7; i++)
                await publisher.PublishAsync(Room($"r{i}"), () => Interlocked.Increment(ref confirmed), CancellationToken.None);
            await publisher.PublishAsync(Message("m1"), () => Interlocked.Increment(ref confirmed), CancellationToken.None);
            await publisher.PublishAsync(Message("m2"), () => Interlocked.Increment(ref confirmed), CancellationToken.None);
            await publisher.PublishAsync(new UserChanged("u1", 1, [], [], null), () => Interlocked.Increment(ref confirmed), CancellationToken.None);
            await publisher.FlushAsync(CancellationToken.None);
        }

        Assert.Equal(10, confirmed);
        await WaitForAsync(5);
        Assert.Equal([1, 3, 3], Sizes(nameof(RoomChangedEnvelope)));
        Assert.Equal([2], Sizes(nameof(MessageChangedEnvelope)));
        Assert.Equal([1], Sizes(nameof(UserChanged)));
        Assert.Empty(Sizes(nameof(RoomChanged)));
        Assert.All(_received, received => Assert.Equal("run-1", received.RunId));
    }

    [Fact]
    public async Task By_default_every_event_travels_alone()
    {
        var confirmed = 0;
        using (var publisher = new EventPublisher(_sender, "run-2"))
        {
            for (var i = 0; i < 3; i++)
                await publisher.PublishAsync(Room($"r{i}"), () => Interlocked.Increment(ref confirmed), CancellationToken.None);
            await publisher.FlushAsync(CancellationToken.None);
        }

        Assert.Equal(3, confirmed);
        await WaitForAsync(3);
        Assert.Equal([1, 1, 1], Sizes(nameof(RoomChanged)));
        Assert.Empty(Sizes(nameof(RoomChangedEnvelope)));
    }

    private static RoomChanged Room(string id) => new(id, 1, "l", Created, null, null, null, null, null);

    private static MessageChanged Message(string id) => new(id, "r0", 1, null, false, Created);

    private int[] Sizes(string kind) => [.. _received.Where(r => r.Kind == kind).Select(r => r.Events).Order()];

    private async Task WaitForAsync(int messages)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_received.Count < messages && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.True(_received.Count >= messages, $"received {_received.Count} of {messages} messages");
        // Nothing more may follow: the assertions count every message.
        await Task.Delay(300);
    }

    private IBusControl Bus(Action<IRabbitMqBusFactoryConfigurator> configure) =>
        MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(MessagingRegistration.RabbitMqAddress(Environment.GetEnvironmentVariable("ConnectionStrings__rabbitmq")),
                host => host.PublisherConfirmation = true);
            rabbit.UseEntityPrefix(_prefix);
            configure(rabbit);
        });

    private void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint, Func<T, int> events)
        where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue((typeof(T).Name, events(context.Message), context.Headers.Get<string>(RunField.Header)));
            return Task.CompletedTask;
        });

    public async Task InitializeAsync()
    {
        await RequiredServers.EnsureReachableAsync();
        _receiver = Bus(rabbit => rabbit.ReceiveEndpoint($"{_prefix}.publisher-test", endpoint =>
        {
            endpoint.AutoDelete = true;
            endpoint.Durable = false;
            Record<RoomChanged>(endpoint, _ => 1);
            Record<UserChanged>(endpoint, _ => 1);
            Record<RoomChangedEnvelope>(endpoint, envelope => envelope.Events.Count);
            Record<MessageChangedEnvelope>(endpoint, envelope => envelope.Events.Count);
        }));
        _sender = Bus(_ => { });
        await _receiver.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        await _sender.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
    }

    public async Task DisposeAsync()
    {
        await _sender.StopAsync();
        await _receiver.StopAsync();
        await TestExchanges.DeleteAsync(_prefix);
    }
}
