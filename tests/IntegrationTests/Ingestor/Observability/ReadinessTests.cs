using System.Net;
using System.Text.Json;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor.Service;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Ingestor.Observability;

public sealed class ReadinessTests
{
    [Fact]
    public async Task With_Redis_and_MongoDB_answering_and_nothing_waiting_the_service_is_ready()
    {
        await using var ingestor = await IngestorHost.StartAsync(TestEnvironment.NewKeyPrefix(), TestEnvironment.NewBusPrefix());

        var (status, body) = await ReadyAsync(ingestor, HttpStatusCode.OK);

        using (body)
        {
            var root = body.RootElement;
            var ingestion = root.GetProperty("ingestion");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(("Healthy", "Healthy", "Healthy", "Healthy"),
                (root.GetProperty("status").GetString(), Check(root, "redis"), Check(root, "mongodb"), Check(root, "lag")));
            Assert.Equal((ingestor.Status.RunId, "Starting", 0, 0, 0.0, true),
                (ingestion.GetProperty("runId").GetString(), ingestion.GetProperty("mode").GetProperty("mode").GetString(),
                 ingestion.GetProperty("published").GetInt64(), ingestion.GetProperty("backlog").GetInt64(),
                 ingestion.GetProperty("lagSeconds").GetDouble(), ingestion.GetProperty("webhooks").GetProperty("enabled").GetBoolean()));
        }
    }

    [Fact]
    public async Task Events_waiting_longer_than_the_threshold_make_it_degraded_but_still_ready()
    {
        var keyPrefix = TestEnvironment.NewKeyPrefix();
        await using var ingestor = await IngestorHost.StartAsync(keyPrefix, TestEnvironment.NewBusPrefix(),
            new Dictionary<string, string?> { ["Ingestor:Observability:LagDegradedAfter"] = "00:00:00.050" });

        // A source confirms five events; no projector runs, so none is ever applied.
        ingestor.Status.Confirmed("changestream", "resume-token-1", DateTimeOffset.UtcNow, published: 5);
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        var (status, body) = await ReadyAsync(ingestor, HttpStatusCode.OK);
        var metrics = await PrometheusText.ScrapeAsync(ingestor.Http);

        using (body)
        {
            var root = body.RootElement;
            var ingestion = root.GetProperty("ingestion");
            Assert.Equal((HttpStatusCode.OK, "Degraded", "Degraded"), (status, root.GetProperty("status").GetString(), Check(root, "lag")));
            Assert.Equal((5, 5), (ingestion.GetProperty("published").GetInt64(), ingestion.GetProperty("backlog").GetInt64()));
            Assert.True(ingestion.GetProperty("lagSeconds").GetDouble() >= 0.1, $"lag {ingestion.GetProperty("lagSeconds")}");
            var source = Assert.Single(ingestion.GetProperty("sources").EnumerateArray());
            Assert.Equal(("changestream", "resume-token-1", 5), (source.GetProperty("source").GetString(), source.GetProperty("checkpoint").GetString(), source.GetProperty("published").GetInt64()));
        }

        Assert.Equal((5, 5, 5), (metrics["omnicharts_ingestor_backlog_events"], metrics["omnicharts_ingestor_events_published_total"],
            metrics["omnicharts_ingestor_source_events_published_total{source=\"changestream\"}"]));
        Assert.True(metrics["omnicharts_ingestor_lag_seconds"] >= 0.1);
        Assert.Equal((0, 1), (metrics["omnicharts_ingestor_mode{mode=\"changestream\"}"], metrics["omnicharts_ingestor_mode{mode=\"starting\"}"]));
        var run = new RedisKeySchema(keyPrefix).Run(ingestor.Status.RunId);
        Assert.Equal(5, (long)await TestRedis.Connection.GetDatabase().HashGetAsync(run, RunField.Published));
        Assert.True(await TestRedis.Connection.GetDatabase().KeyTimeToLiveAsync(run) > TimeSpan.Zero);
    }

    [Fact]
    public async Task An_unreachable_MongoDB_makes_it_not_ready()
    {
        await using var ingestor = await IngestorHost.StartAsync(TestEnvironment.NewKeyPrefix(), TestEnvironment.NewBusPrefix(),
            new Dictionary<string, string?> { ["ConnectionStrings:mongodb"] = "mongodb://127.0.0.1:1/rocketchat?serverSelectionTimeoutMS=300&connectTimeoutMS=300" },
            realMongo: true);

        var (status, body) = await ReadyAsync(ingestor, HttpStatusCode.ServiceUnavailable);

        using (body)
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy", "Unhealthy", "Healthy"),
                (status, body.RootElement.GetProperty("status").GetString(), Check(body.RootElement, "mongodb"), Check(body.RootElement, "redis")));
        }
    }

    [Fact]
    public async Task An_unreachable_Redis_makes_it_not_ready_and_the_backlog_unknown()
    {
        await using var ingestor = await IngestorHost.StartAsync(TestEnvironment.NewKeyPrefix(), TestEnvironment.NewBusPrefix(),
            new Dictionary<string, string?> { ["ConnectionStrings:redis"] = "127.0.0.1:1,connectTimeout=300,asyncTimeout=300,syncTimeout=300" });

        var (status, body) = await ReadyAsync(ingestor, HttpStatusCode.ServiceUnavailable);

        using (body)
        {
            var root = body.RootElement;
            var ingestion = root.GetProperty("ingestion");
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy", "Unhealthy"), (status, root.GetProperty("status").GetString(), Check(root, "redis")));
            Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.String),
                (ingestion.GetProperty("backlog").ValueKind, ingestion.GetProperty("lagSeconds").ValueKind, ingestion.GetProperty("redisError").ValueKind));
        }
    }

    // The bus connects in the background after start-up, and readiness rightly says 503 until it has.
    private static async Task<(HttpStatusCode Status, JsonDocument Body)> ReadyAsync(IngestorHost ingestor, HttpStatusCode awaited)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            using var response = await ingestor.Http.GetAsync("/health/ready");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == awaited || DateTime.UtcNow > deadline)
                return (response.StatusCode, JsonDocument.Parse(body));
            await Task.Delay(100);
        }
    }

    private static string? Check(JsonElement root, string name) =>
        root.GetProperty("checks").GetProperty(name).GetProperty("status").GetString();
}
