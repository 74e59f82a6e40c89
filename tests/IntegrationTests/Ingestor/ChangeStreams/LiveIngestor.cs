using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Jobs;
using OmniCharts.Ingestor.Messaging;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;
using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Hosting;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

/// <summary>
/// The live parts of <c>serve</c> (bus, Redis, status, tail, Quartz jobs) hosted in-process on a Projector's key
/// and bus prefixes, with the MongoDB seams in memory. Polls every 200 ms; the reconciliation runs only when called.
/// A test may give it a clock (the reconciliation's window and deletion versions, the first poll's start read it).
/// </summary>
internal sealed class LiveIngestor : IAsyncDisposable
{
    private readonly IHost _host;

    private LiveIngestor(IHost host) => _host = host;

    public IngestionStatus Status => _host.Services.GetRequiredService<IngestionStatus>();

    public SourceCheckpoints Checkpoints => _host.Services.GetRequiredService<SourceCheckpoints>();

    public Reconciler Reconciler => _host.Services.GetRequiredService<Reconciler>();

    public PendingRoomResolver PendingRooms => _host.Services.GetRequiredService<PendingRoomResolver>();

    /// <summary>One poll of the five collections, as the poll job runs it in Polling mode.</summary>
    public PollFallback Poll => _host.Services.GetRequiredService<PollFallback>();

    public static async Task<LiveIngestor> StartAsync<TDatabase>(
        ProjectorUnderTest projector, ScriptedChangeStream stream, TDatabase database,
        IReadOnlyDictionary<string, string?>? settings = null, Func<IServiceProvider, ILivePublishers>? publishers = null,
        TimeProvider? clock = null)
        where TDatabase : class, IUpdatedSincePages, IReconciliationSource, IRoomLookup
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = TestRedis.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = TestRabbitMq.ConnectionString,
            ["ReadModel:KeyPrefix"] = projector.Redis.Prefix,
            ["Bus:EntityPrefix"] = projector.BusPrefix,
            ["Ingestor:Poll:Interval"] = "00:00:00.200",
            ["Ingestor:ChangeStream:RetryInterval"] = "00:00:00.200",
            ["Ingestor:Reconcile:Cron"] = "off",
            ["Ingestor:PendingRooms:Interval"] = "01:00:00",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<IChangeStreamSource>(stream);
        builder.Services.AddSingleton<IUpdatedSincePages>(database);
        builder.Services.AddSingleton<IReconciliationSource>(database);
        builder.Services.AddSingleton<IRoomLookup>(database);
        if (publishers is not null)
            builder.Services.AddSingleton(publishers);
        if (clock is not null)
            builder.Services.AddSingleton(clock);
        builder.AddIngestorBus();
        builder.AddReadModelRedis();
        builder.AddIngestionStatus();
        builder.AddMongoLiveTail();
        builder.AddLiveJobs();
        var host = builder.Build();
        await host.StartAsync();
        return new LiveIngestor(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
