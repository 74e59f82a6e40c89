using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;

using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// The QueryApi hosted in memory over real Redis, reading <see cref="KeyPrefix"/>, with the server zone, label
/// style and clock that the oracle is given too (<see cref="Oracle"/>).
/// </summary>
public sealed class ParityApi : IAsyncDisposable
{
    public const string Path = "/api/v1/livechat/analytics/dashboards/charts-data";

    /// <summary>The path as Rocket.Chat's public doc misprints it; charts-data.md §1 lets OmniCharts serve it too.</summary>
    public const string DocumentedPath = "/api/v1/livechat/livechat/analytics/dashboards/charts-data";

    private readonly WebApplicationFactory<Program> factory;
    private readonly HttpClient client;

    /// <param name="readModelReady">
    /// False to leave the read model's state as it is, for a test that lets a replay or backfill build it (the QueryApi
    /// answers 503 until then); true records it complete, for a test that fills it itself.
    /// </param>
    public ParityApi(string keyPrefix, string serverTimeZone, HourlyLabelStyle labels, DateTimeOffset now, bool readModelReady = true)
    {
        KeyPrefix = keyPrefix;
        ServerTimeZone = serverTimeZone;
        Labels = labels;
        Clock = new FakeTimeProvider(now);
        factory = QueryApiHost.Create(
            keyPrefix,
            new Dictionary<string, string>
            {
                ["RocketChat:ServerTimeZone"] = serverTimeZone,
                ["Charts:HourlyLabels"] = labels == HourlyLabelStyle.Fixed ? "fixed" : "rocketchat-7.11",
            },
            Clock,
            readModelReady);
        client = factory.CreateClient();
    }

    public string KeyPrefix { get; }

    /// <summary>The host's services, for what a test inspects inside the QueryApi.</summary>
    public IServiceProvider Services => factory.Services;

    public string ServerTimeZone { get; }

    public HourlyLabelStyle Labels { get; }

    /// <summary>The clock of the 7.11 labels; moving it moves the oracle's too.</summary>
    public FakeTimeProvider Clock { get; }

    public OracleSettings Oracle => new(ServerTimeZone, Labels, Clock.GetUtcNow());

    public override string ToString() => $"server zone {ServerTimeZone}, labels {Labels}, now {Clock.GetUtcNow():O}";

    /// <summary>The answer, or a description of what is wrong with its headers (charts-data.md §4).</summary>
    public Task<(ChartAnswer Answer, string? HeaderProblem)> AskAsync(ChartRequest request, string path = Path) =>
        SendAsync(path, request.Query, request.UserId, request.AuthToken);

    /// <summary>The answer of the overview or agent-overview endpoint, or what is wrong with its headers.</summary>
    public Task<(ChartAnswer Answer, string? HeaderProblem)> AskAsync(OverviewRequest request) =>
        SendAsync(request.Path, request.Query, request.UserId, request.AuthToken);

    private async Task<(ChartAnswer Answer, string? HeaderProblem)> SendAsync(
        string path, IReadOnlyList<KeyValuePair<string, string>> pairs, string? userId, string? authToken)
    {
        var query = string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        using var message = new HttpRequestMessage(HttpMethod.Get, query.Length == 0 ? path : path + "?" + query);
        if (userId is not null)
            message.Headers.Add("X-User-Id", userId);
        if (authToken is not null)
            message.Headers.Add("X-Auth-Token", authToken);
        using var response = await client.SendAsync(message);
        var answer = new ChartAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        var contentType = response.Content.Headers.ContentType?.MediaType;
        var cacheControl = response.Headers.CacheControl?.ToString();
        var wrong = contentType != "application/json" || (answer.Status == 200 && cacheControl != "no-store");
        return (answer, wrong ? $"Content-Type {contentType}, Cache-Control {cacheControl}" : null);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }
}
