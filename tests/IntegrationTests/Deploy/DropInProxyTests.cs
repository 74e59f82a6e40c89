using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OmniCharts.IntegrationTests.QueryApi;
using OmniCharts.QueryApi.Charts;
using OmniCharts.QueryApi.Observability;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>
/// The shipped nginx template, run by a real nginx in front of the real QueryApi (Kestrel on a loopback port, over
/// real Redis) and a stand-in for Rocket.Chat that echoes what it receives.
/// </summary>
public sealed class DropInProxyTests
{
    private const string Cookie = "rc_uid=manager; rc_token=manager-token; rc_session=a%3Db";

    // Port 1 on loopback refuses connections: for requests that must never reach the QueryApi.
    private const string NoQueryApi = "127.0.0.1:1";

    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(3);

    [Theory]
    [MemberData(nameof(AnalyticsPaths.Each), MemberType = typeof(AnalyticsPaths))]
    public async Task Each_analytics_path_is_answered_by_the_QueryApi_as_directly(string path)
    {
        await using var api = await SeededQueryApiAsync();
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(api.HostAndPort, rocketChat.HostAndPort);
        using var direct = new HttpClient { BaseAddress = api.Address };
        var target = path + AnalyticsPaths.SampleQuery[path];

        using var asked = await direct.SendAsync(Request(target));
        using var proxied = await proxy.Client.SendAsync(Request(target));

        var body = await asked.Content.ReadAsStringAsync();
        Assert.True(asked.StatusCode == HttpStatusCode.OK, $"{target} asked directly: {(int)asked.StatusCode} {body}");
        Assert.Equal(asked.StatusCode, proxied.StatusCode);
        Assert.Equal(body, await proxied.Content.ReadAsStringAsync());
        Assert.Equal(asked.Content.Headers.ContentType, proxied.Content.Headers.ContentType);
        ServedByAssert.OmniCharts(proxied);
        Assert.Equal("200", await proxy.UpstreamStatusAsync(target));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/home")]
    [InlineData("/assets/app.css?v=7")]
    [InlineData("/api/v1/me?fields=%7B%22name%22%3A1%7D&q=a+b")]
    [InlineData("/api/v1/livechat/analytics/dashboards/charts-data/extra?start=2026-03-01")]
    [InlineData("/api/v1/livechat/analytics/overviews?from=2026-03-01")]
    [InlineData("/api/v1/livechat/livechat/analytics/dashboards/charts-data?start=2026-03-01")]
    public async Task Every_other_path_goes_to_RocketChat_unchanged(string target)
    {
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(NoQueryApi, rocketChat.HostAndPort);

        using var response = await proxy.Client.SendAsync(Request(target));

        var echo = await AssertServedByRocketChatAsync(response, "GET", target);
        Assert.Equal(proxy.Address.Authority, echo.Host);
        Assert.Equal("127.0.0.1", echo.ForwardedFor);
        // Rocket.Chat alone was asked: not the QueryApi first, as a fallback would show ("502 : 200").
        Assert.Equal("200", await proxy.UpstreamStatusAsync(target));
    }

    [Fact]
    public async Task A_post_reaches_RocketChat_with_its_body()
    {
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(NoQueryApi, rocketChat.HostAndPort);
        const string target = "/api/v1/method.call/loadHistory";
        const string body = """{"message":"{\"msg\":\"method\",\"method\":\"loadHistory\",\"params\":[\"GENERAL\"]}"}""";
        using var request = Request(target, HttpMethod.Post);
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await proxy.Client.SendAsync(request);

        var echo = await AssertServedByRocketChatAsync(response, "POST", target);
        Assert.Equal(body, echo.Body);
    }

    [Fact]
    public async Task When_the_QueryApi_stops_RocketChat_answers_the_same_request()
    {
        await using var api = await SeededQueryApiAsync();
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(api.HostAndPort, rocketChat.HostAndPort);
        var target = ChartsTarget();
        using (var before = await proxy.Client.SendAsync(Request(target)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            ServedByAssert.OmniCharts(before);
        }

        // nginx now holds a kept-alive connection to a server that is gone, and new ones are refused.
        await api.StopAsync();
        using var after = await proxy.Client.SendAsync(Request(target));

        await AssertServedByRocketChatAsync(after, "GET", target);
        await AssertFellBackAsync(proxy, target, queryApiStatus: 502);
    }

    [Fact]
    public async Task When_the_QueryApi_answers_503_without_Redis_RocketChat_answers_the_same_request()
    {
        // Nothing listens on port 1: the QueryApi answers 503 in Rocket.Chat's shape (HealthEndpointsTests), after its
        // Redis timeouts, which are short here so that the 503 comes before nginx's read timeout.
        var noRedis = new Dictionary<string, string> { ["ConnectionStrings:redis"] = "127.0.0.1:1,connectTimeout=300,asyncTimeout=300,syncTimeout=300" };
        await using var api = new ChartsApi(noRedis, onLoopbackPort: true);
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(api.HostAndPort, rocketChat.HostAndPort);
        using var direct = new HttpClient { BaseAddress = api.Address };
        var target = ChartsTarget();

        using var asked = await direct.SendAsync(Request(target));
        using var proxied = await proxy.Client.SendAsync(Request(target));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, asked.StatusCode);
        await AssertServedByRocketChatAsync(proxied, "GET", target);
        await AssertFellBackAsync(proxy, target, queryApiStatus: 503);
    }

    [Fact]
    public async Task While_the_read_model_is_empty_or_being_built_RocketChat_answers_instead_of_a_wrong_or_401_answer()
    {
        // The users are in the read model, its state says it is not complete: the QueryApi says 503 with its reason.
        await using var api = await ChartsApi.WithManagerAsync(onLoopbackPort: true, readModelReady: false);
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(api.HostAndPort, rocketChat.HostAndPort);
        using var direct = new HttpClient { BaseAddress = api.Address };
        var target = ChartsTarget();

        using var asked = await direct.SendAsync(Request(target));
        using var proxied = await proxy.Client.SendAsync(Request(target));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, asked.StatusCode);
        Assert.Contains("[read-model-empty]", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertServedByRocketChatAsync(proxied, "GET", target);
        await AssertFellBackAsync(proxy, target, queryApiStatus: 503);
    }

    [Fact]
    public async Task When_the_QueryApi_is_slower_than_the_read_timeout_RocketChat_answers_the_same_request()
    {
        await using var slowQueryApi = await LoopbackServer.StartAsync(app =>
            app.Run(context => Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted)));
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(slowQueryApi.HostAndPort, rocketChat.HostAndPort);
        var target = ChartsTarget();

        var clock = Stopwatch.StartNew();
        using var response = await proxy.Client.SendAsync(Request(target));
        var waited = clock.Elapsed;

        await AssertServedByRocketChatAsync(response, "GET", target);
        await AssertFellBackAsync(proxy, target, queryApiStatus: 504);
        Assert.InRange(waited, ReadTimeout - TimeSpan.FromMilliseconds(100), ReadTimeout + TimeSpan.FromSeconds(4));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Each_fallback_status_of_the_QueryApi_is_answered_by_RocketChat(int status)
    {
        await using var queryApi = await AnsweringAsync(status);
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(queryApi.HostAndPort, rocketChat.HostAndPort);
        var target = ChartsTarget();

        using var response = await proxy.Client.SendAsync(Request(target));

        await AssertServedByRocketChatAsync(response, "GET", target);
        await AssertFellBackAsync(proxy, target, status);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Any_other_status_of_the_QueryApi_passes_unchanged(int status)
    {
        await using var queryApi = await AnsweringAsync(status);
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(queryApi.HostAndPort, rocketChat.HostAndPort);

        var target = ChartsTarget();

        using var response = await proxy.Client.SendAsync(Request(target));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(AnswerBody(status), await response.Content.ReadAsStringAsync());
        Assert.Equal(status.ToString(CultureInfo.InvariantCulture), await proxy.UpstreamStatusAsync(target));
    }

    [Theory]
    [InlineData(null, null, HttpStatusCode.Unauthorized)]
    [InlineData("agent", "agent-token", HttpStatusCode.Forbidden)]
    [InlineData(ChartsApi.ManagerId, ChartsApi.ManagerToken, HttpStatusCode.BadRequest)]
    public async Task RocketChats_own_refusals_from_the_QueryApi_pass_unchanged(string? userId, string? token, HttpStatusCode expected)
    {
        await using var api = await SeededQueryApiAsync();
        await api.Seed.UserAsync("agent", "agent-token", "user\nlivechat-agent");
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(api.HostAndPort, rocketChat.HostAndPort);
        using var direct = new HttpClient { BaseAddress = api.Address };
        // Without an end date for the 400; the others fail before the query is read.
        var target = expected == HttpStatusCode.BadRequest ? $"{ChartsEndpoints.Path}?chartName=Total_conversations&start=2026-03-01" : ChartsTarget();

        using var asked = await direct.SendAsync(Request(target, userId: userId, token: token));
        using var proxied = await proxy.Client.SendAsync(Request(target, userId: userId, token: token));

        Assert.Equal(expected, asked.StatusCode);
        Assert.Equal(expected, proxied.StatusCode);
        Assert.Equal(await asked.Content.ReadAsStringAsync(), await proxied.Content.ReadAsStringAsync());
        ServedByAssert.OmniCharts(proxied);
        Assert.Equal(((int)expected).ToString(CultureInfo.InvariantCulture), await proxy.UpstreamStatusAsync(target));
    }

    [Theory]
    [InlineData("/websocket")]
    [InlineData("/sockjs/123/abcdefgh/websocket")]
    public async Task A_websocket_upgrade_reaches_RocketChat_and_carries_frames_both_ways(string path)
    {
        await using var rocketChat = await RocketChatStandIn.StartAsync();
        await using var proxy = await NginxProxy.StartAsync(NoQueryApi, rocketChat.HostAndPort);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("X-Auth-Token", ChartsApi.ManagerToken);
        socket.Options.SetRequestHeader("Cookie", Cookie);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        await socket.ConnectAsync(new Uri($"ws://{proxy.Address.Authority}{path}"), deadline.Token);
        foreach (var frame in new[] { """["connect"]""", """{"msg":"ping"}""" })
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, deadline.Token);
            var buffer = new byte[8192];
            var received = await socket.ReceiveAsync(buffer, deadline.Token);
            var echo = JsonSerializer.Deserialize<StandInEcho>(buffer.AsSpan(0, received.Count), RocketChatStandIn.Json)!;

            Assert.Equal(frame, echo.Frame);
            Assert.Equal(path, echo.Target);
            Assert.Equal(ChartsApi.ManagerToken, echo.AuthToken);
            Assert.Equal(Cookie, echo.Cookie);
        }
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, deadline.Token);
    }

    private static string ChartsTarget() => ChartsEndpoints.Path + AnalyticsPaths.SampleQuery[ChartsEndpoints.Path];

    /// <summary>A QueryApi on a loopback port with the manager and a day of conversations inside the sample range.</summary>
    private static async Task<ChartsApi> SeededQueryApiAsync()
    {
        var api = await ChartsApi.WithManagerAsync(onLoopbackPort: true);
        await api.Seed.DayAsync(SeriesScope.AllRooms, AnalyticsPaths.SeededDay, Metric.Conversations, 4);
        return api;
    }

    /// <summary>A stand-in QueryApi that answers every request with this status and a body of Rocket.Chat's shape.</summary>
    private static Task<LoopbackServer> AnsweringAsync(int status) => LoopbackServer.StartAsync(app => app.Run(context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(AnswerBody(status));
    }));

    private static string AnswerBody(int status) => $$"""{"success":false,"error":"answered {{status}} by the QueryApi"}""";

    private static HttpRequestMessage Request(
        string target, HttpMethod? method = null, string? userId = ChartsApi.ManagerId, string? token = ChartsApi.ManagerToken)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, target);
        if (userId is not null)
            request.Headers.Add("X-User-Id", userId);
        if (token is not null)
            request.Headers.Add("X-Auth-Token", token);
        request.Headers.Add("Cookie", Cookie);
        return request;
    }

    /// <summary>nginx asked the QueryApi, which answered this status (every time, when nginx retried a kept-alive
    /// connection), then asked Rocket.Chat, which answered 200.</summary>
    private static async Task AssertFellBackAsync(NginxProxy proxy, string target, int queryApiStatus)
    {
        var statuses = (await proxy.UpstreamStatusAsync(target)).Split(" : ");

        Assert.Equal(2, statuses.Length);
        Assert.All(statuses[0].Split(", "), status => Assert.Equal(queryApiStatus.ToString(CultureInfo.InvariantCulture), status));
        Assert.Equal("200", statuses[1]);
    }

    /// <summary>The stand-in answered, and received the request as the client sent it: method, target, headers, cookies.</summary>
    private static async Task<StandInEcho> AssertServedByRocketChatAsync(HttpResponseMessage response, string method, string target)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        Assert.False(response.Headers.Contains(ServedByHeader.Name), "the QueryApi's answer, not Rocket.Chat's");
        var echo = JsonSerializer.Deserialize<StandInEcho>(body, RocketChatStandIn.Json)!;
        Assert.Equal(RocketChatStandIn.ServedBy, echo.ServedBy);
        Assert.Equal(method, echo.Method);
        Assert.Equal(target, echo.Target);
        Assert.Equal(ChartsApi.ManagerId, echo.UserId);
        Assert.Equal(ChartsApi.ManagerToken, echo.AuthToken);
        Assert.Equal(Cookie, echo.Cookie);
        return echo;
    }
}
