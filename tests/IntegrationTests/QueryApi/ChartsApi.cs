using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OmniCharts.ReadModel.Keys;

using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary>
/// The QueryApi hosted over real Redis, under a key prefix of its own that is removed afterwards: in memory, or with
/// <c>onLoopbackPort</c> in Kestrel on a free loopback port that other processes (nginx) can reach.
/// </summary>
internal sealed class ChartsApi : IAsyncDisposable
{
    public const string Path = "/api/v1/livechat/analytics/dashboards/charts-data";
    public const string ManagerId = "manager";
    public const string ManagerToken = "manager-token";

    private readonly WebApplicationFactory<Program> factory;
    private readonly string prefix = $"t-{Guid.NewGuid():N}";

    public ChartsApi(IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null, bool onLoopbackPort = false, bool readModelReady = true)
    {
        factory = QueryApiHost.Create(prefix, settings, clock, readModelReady);
        if (onLoopbackPort)
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Keys = new RedisKeySchema(prefix);
        Seed = new ReadModelSeed(TestRedis.Connection.GetDatabase(), Keys);
        Client = factory.CreateClient();
    }

    public RedisKeySchema Keys { get; }

    public ReadModelSeed Seed { get; }

    public HttpClient Client { get; }

    /// <summary>The host's services, to read what a singleton counted.</summary>
    public IServiceProvider Services => factory.Services;

    /// <summary>Where a host started <c>onLoopbackPort</c> listens.</summary>
    public Uri Address => ServerAddress.Of(factory.Services);

    /// <summary><see cref="Address"/> as <c>host:port</c>, as an nginx <c>upstream</c> names a server.</summary>
    public string HostAndPort => $"{Address.Host}:{Address.Port}";

    /// <summary>A host with a manager (role livechat-manager, default permission) already seeded.</summary>
    public static async Task<ChartsApi> WithManagerAsync(
        IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null, string? utcOffset = null, bool onLoopbackPort = false,
        bool readModelReady = true)
    {
        var api = new ChartsApi(settings, clock, onLoopbackPort, readModelReady);
        await api.Seed.UserAsync(ManagerId, ManagerToken, "user\nlivechat-manager", utcOffset);
        return api;
    }

    public Task<HttpResponseMessage> GetAsync(string query, string? userId = ManagerId, string? token = ManagerToken, string path = Path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path + query);
        if (userId is not null)
            request.Headers.Add("X-User-Id", userId);
        if (token is not null)
            request.Headers.Add("X-Auth-Token", token);
        return Client.SendAsync(request);
    }

    /// <summary>The labels and points of a 200 answer.</summary>
    public async Task<(string[] Labels, double[] Points)> ChartAsync(string query)
    {
        using var response = await GetAsync(query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return (
            json.RootElement.GetProperty("dataLabels").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            json.RootElement.GetProperty("dataPoints").EnumerateArray().Select(e => e.GetDouble()).ToArray());
    }

    /// <summary>Stops the server (a port then refuses connections); the keys stay until <see cref="DisposeAsync"/>.</summary>
    public ValueTask StopAsync() => factory.DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        var server = TestRedis.Connection.GetServers()[0];
        var db = TestRedis.Connection.GetDatabase();
        await foreach (var key in server.KeysAsync(db.Database, Keys.Root + "*"))
            await db.KeyDeleteAsync(key);
    }
}
