using System.Collections.Concurrent;
using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Messaging;
using OmniCharts.Projector.Runs;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Ingestor;

/// <summary>
/// A test bus on the real RabbitMQ that binds its own auto-delete queue to the prefixed event exchanges and
/// collects what the Ingestor published; <c>onReceived</c> lets a test play the projector.
/// </summary>
internal sealed class EventCollector : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private EventCollector(string prefix, Func<ReceivedEvent, Task> onReceived)
    {
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(MessagingRegistration.RabbitMqAddress(Environment.GetEnvironmentVariable("ConnectionStrings__rabbitmq")));
            rabbit.UseEntityPrefix(prefix);
            rabbit.ReceiveEndpoint($"{prefix}.ingestor-test", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                Collect<SettingChanged>(endpoint, onReceived);
                Collect<PermissionChanged>(endpoint, onReceived);
                Collect<UserChanged>(endpoint, onReceived);
                Collect<RoomChanged>(endpoint, onReceived);
                Collect<MessageChanged>(endpoint, onReceived);
                CollectEach<RoomChangedEnvelope, RoomChanged>(endpoint, envelope => envelope.Events, onReceived);
                CollectEach<MessageChangedEnvelope, MessageChanged>(endpoint, envelope => envelope.Events, onReceived);
            });
        });
    }

    public ConcurrentQueue<ReceivedEvent> Received { get; } = new();

    public static async Task<EventCollector> StartAsync(string prefix, Func<ReceivedEvent, Task>? onReceived = null)
    {
        EventCollector? collector = null;
        collector = new EventCollector(prefix, async received =>
        {
            collector!.Received.Enqueue(received);
            if (onReceived is not null)
                await onReceived(received);
        });
        await collector._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return collector;
    }

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Received.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.True(Received.Count >= count, $"received {Received.Count} of {count} events within {timeout}");
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static void Collect<T>(IRabbitMqReceiveEndpointConfigurator endpoint, Func<ReceivedEvent, Task> onReceived)
        where T : class =>
        endpoint.Handler<T>(context =>
            onReceived(new ReceivedEvent(context.Message, context.Headers.Get<string>(RunField.Header), RunTag.Of(context.Headers)?.Numbers.First)));

    /// <summary>Unwraps an envelope: each event is received as if it had travelled alone, with the envelope's run header and its own number.</summary>
    private static void CollectEach<TEnvelope, T>(
        IRabbitMqReceiveEndpointConfigurator endpoint, Func<TEnvelope, IReadOnlyList<T>> events, Func<ReceivedEvent, Task> onReceived)
        where TEnvelope : class
        where T : class =>
        endpoint.Handler<TEnvelope>(async context =>
        {
            var tag = RunTag.Of(context.Headers);
            var index = 0;
            foreach (var item in events(context.Message))
                await onReceived(new ReceivedEvent(item, context.Headers.Get<string>(RunField.Header), tag?.Event(index++).First));
        });
}
