using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Service;
using OmniCharts.Ingestor.Webhooks;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Ingestor.Service;

/// <summary>
/// <c>Ingestor serve</c> built by <see cref="IngestorService.Build"/> on a free loopback port, over the real Redis and
/// RabbitMQ in the test's namespaces, with Rocket.Chat's database served from memory unless the test asks for a
/// real (unreachable) MongoDB.
/// </summary>
internal sealed class IngestorHost : IAsyncDisposable
{
    public const string Token = "test-livechat-secret";

    private IngestorHost(WebApplication app, InMemoryRoomSource rooms)
    {
        App = app;
        Rooms = rooms;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }

    public InMemoryRoomSource Rooms { get; }

    public HttpClient Http { get; }

    public IngestionStatus Status => App.Services.GetRequiredService<IngestionStatus>();

    public WebhookCounters Webhooks => App.Services.GetRequiredService<WebhookCounters>();

    /// <param name="settings">Overrides on top of the test namespaces and the webhook token (a null value unsets it).</param>
    /// <param name="realMongo">Keep the real MongoDB client and readiness check instead of the in-memory stand-ins.</param>
    public static async Task<IngestorHost> StartAsync(
        string keyPrefix, string busPrefix, IReadOnlyDictionary<string, string?>? settings = null, bool realMongo = false)
    {
        await RequiredServers.EnsureReachableAsync();
        var configuration = TestEnvironment.Settings(keyPrefix, busPrefix);
        configuration["Ingestor:Webhooks:Token"] = Token;
        // These tests are about the tail, webhooks and readiness: the healing of an empty read model has its own.
        configuration["Ingestor:SelfHeal:Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;
        var rooms = new InMemoryRoomSource();
        var app = IngestorService.Build(["--urls", "http://127.0.0.1:0"], configuration, services =>
        {
            if (realMongo)
                return;
            services.Replace(ServiceDescriptor.Singleton<IRoomSource>(rooms));
            services.Configure<HealthCheckServiceOptions>(options =>
            {
                var mongo = options.Registrations.Single(registration => registration.Name == "mongodb");
                options.Registrations.Remove(mongo);
                options.Registrations.Add(new HealthCheckRegistration("mongodb", new MongoStandInCheck(), null, mongo.Tags));
            });
        });
        await app.StartAsync();
        return new IngestorHost(app, rooms);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        // The service keeps its run's `published` count in Redis; the run hash outlives a test otherwise.
        var run = App.Services.GetRequiredService<RedisKeySchema>().Run(Status.RunId);
        await App.DisposeAsync();
        await TestRedis.Connection.GetDatabase().KeyDeleteAsync(run);
    }
}
