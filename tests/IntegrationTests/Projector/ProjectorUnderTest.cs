using System.Collections.Concurrent;
using System.Text;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Runs;
using OmniCharts.IntegrationTests.ReadModel;
using OmniCharts.Projector;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Projector;

/// <summary>
/// The Projector hosted in-process on its own key prefix and bus prefix, a separate publishing bus on the same
/// prefix, and helpers to await outcomes. Deletes its keys, queues and exchanges at the end.
/// </summary>
public sealed class ProjectorUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly IHost host;
    private readonly IBusControl publisher;
    private readonly ConcurrentDictionary<string, RunSequence> runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> ends = new(StringComparer.Ordinal);

    private ProjectorUnderTest(RedisNamespace redis, string busPrefix, IHost host, IBusControl publisher)
    {
        Redis = redis;
        BusPrefix = busPrefix;
        this.host = host;
        this.publisher = publisher;
        Deliveries = host.Services.GetRequiredService<DeliveryCounter>();
    }

    /// <summary>The deliveries the Projector finished, redeliveries included.</summary>
    public DeliveryCounter Deliveries { get; }

    public RedisNamespace Redis { get; }

    public string BusPrefix { get; }

    /// <summary>
    /// Starts a Projector; <paramref name="settings"/> adds or overrides configuration (for example the batch settings),
    /// <paramref name="services"/> adds services (for example an <c>IConfigureReceiveEndpoint</c> that adds a test filter).
    /// </summary>
    public static async Task<ProjectorUnderTest> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var redis = new RedisNamespace();
        var busPrefix = $"t-{Guid.NewGuid():N}";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = TestRedis.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = TestRabbitMq.ConnectionString,
            ["ReadModel:KeyPrefix"] = redis.Prefix,
            ["Bus:EntityPrefix"] = busPrefix,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddProjector();
        builder.Services.AddSingleton<DeliveryCounter>();
        builder.Services.AddReceiveObserver(provider => provider.GetRequiredService<DeliveryCounter>());
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        var publisher = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            RabbitMqHost.Configure(rabbit, TestRabbitMq.ConnectionString);
            BusNaming.ApplyEntityPrefix(rabbit, busPrefix);
        });
        await publisher.StartAsync();
        return new ProjectorUnderTest(redis, busPrefix, host, publisher);
    }

    /// <summary>
    /// Publishes <paramref name="message"/> by its runtime type as the Ingestor does; with a run id, with the run headers
    /// and the next numbers of that run (one per event, as many as an envelope carries).
    /// </summary>
    public Task PublishAsync(object message, string? runId = null) =>
        runId is null
            ? publisher.Publish(message)
            : PublishNumberedAsync(message, runId, runs.GetOrAdd(runId, id => new RunSequence(id)).Take(EventsIn(message)));

    /// <summary>Publishes <paramref name="message"/> with the run headers and the given <paramref name="numbers"/>: a copy of an earlier message, as a redelivery.</summary>
    public Task PublishNumberedAsync(object message, string runId, RunNumbers numbers)
    {
        ends.AddOrUpdate(runId, numbers.End, (_, end) => Math.Max(end, numbers.End));
        return publisher.Publish(message, (PublishContext context) =>
        {
            context.Headers.Set(RunField.Header, runId);
            context.Headers.Set(RunField.SequenceHeader, numbers.First);
            if (numbers.Count != 1)
                context.Headers.Set(RunField.CountHeader, numbers.Count);
        });
    }

    /// <summary>What the Projector marked for <paramref name="runId"/>: each event number counted once.</summary>
    public Task<RunOutcomes> RunAsync(string runId) =>
        new RunProgressReader(TestRedis.Connection, Redis.Keys).ReadAsync(runId, Numbered(runId));

    /// <summary>Distinct events of <paramref name="runId"/> the Projector applied.</summary>
    public async Task<long> AppliedAsync(string runId) => (await RunAsync(runId)).Applied;

    /// <summary>Distinct events of <paramref name="runId"/> that ended in an error queue.</summary>
    public async Task<long> FailedAsync(string runId) => (await RunAsync(runId)).Failed;

    private static int EventsIn(object message) => message switch
    {
        RoomChangedEnvelope envelope => envelope.Events.Count,
        MessageChangedEnvelope envelope => envelope.Events.Count,
        _ => 1,
    };

    /// <summary>The queue of a consumer, as the Projector names it.</summary>
    public string QueueOf<TConsumer>()
        where TConsumer : class, IConsumer =>
        BusNaming.EndpointNames(BusPrefix).Consumer<TConsumer>();

    /// <summary>One past the highest number published in <paramref name="runId"/>.</summary>
    public long Numbered(string runId) => ends.GetValueOrDefault(runId);

    /// <summary>Waits until <paramref name="condition"/> holds; fails the test at the deadline (20 s unless <paramref name="deadline"/>).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null)
    {
        var wait = deadline ?? Deadline;
        var until = DateTime.UtcNow + wait;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
                Assert.Fail($"Timed out after {wait.TotalSeconds} s waiting for {what}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Takes one message from a queue (waiting for the queue and the message) and returns its headers as text.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string queue)
    {
        await using var connection = await TestRabbitMq.ConnectAsync();
        BasicGetResult? result = null;
        await EventuallyAsync(async () =>
        {
            try
            {
                await using var channel = await connection.CreateChannelAsync();
                result = await channel.BasicGetAsync(queue, autoAck: true);
            }
            catch (OperationInterruptedException)
            {
                // The queue does not exist until MassTransit moves the first faulted message there.
            }

            return result is not null;
        }, $"a message in {queue}");
        return (result!.BasicProperties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : $"{h.Value}");
    }

    /// <summary>How many messages wait in <paramref name="queue"/> (0 when it was never created).</summary>
    public static async Task<uint> CountAsync(string queue)
    {
        await using var connection = await TestRabbitMq.ConnectAsync();
        try
        {
            await using var channel = await connection.CreateChannelAsync();
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await publisher.StopAsync();
        await host.StopAsync();
        host.Dispose();
        await Redis.DisposeAsync();
        await BusEntities.DeleteAsync(BusPrefix);
    }
}
