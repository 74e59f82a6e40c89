using System.Net;

namespace OmniCharts.IntegrationTests.QueryApi;

public class ChartsDataAuthTests
{
    private const string LoggedOut = """{"success":false,"error":"You must be logged in to do this.","status":"error","message":"You must be logged in to do this."}""";
    private const string Denied = """{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}""";
    private const string ValidQuery = "?start=2025-10-01&end=2025-10-03&chartName=Total_conversations";

    private static async Task AssertAnswer(HttpResponseMessage response, HttpStatusCode status, string body)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData(null, ChartsApi.ManagerToken)]
    [InlineData(ChartsApi.ManagerId, null)]
    [InlineData("", ChartsApi.ManagerToken)]
    [InlineData(ChartsApi.ManagerId, "wrong-token")]
    [InlineData("nobody", ChartsApi.ManagerToken)]
    public async Task Missing_or_unknown_credentials_are_401_before_the_query_is_looked_at(string? userId, string? token)
    {
        await using var api = await ChartsApi.WithManagerAsync();

        await AssertAnswer(await api.GetAsync("?chartName=nope", userId, token), HttpStatusCode.Unauthorized, LoggedOut);
    }

    [Fact]
    public async Task A_deleted_user_is_401()
    {
        await using var api = new ChartsApi();
        await api.Seed.UserAsync("gone", "gone-token", "admin", deleted: true);

        await AssertAnswer(await api.GetAsync(ValidQuery, "gone", "gone-token"), HttpStatusCode.Unauthorized, LoggedOut);
    }

    [Fact]
    public async Task An_agent_is_403_before_the_query_is_looked_at()
    {
        await using var api = new ChartsApi();
        await api.Seed.UserAsync("agent", "agent-token", "user\nlivechat-agent");

        await AssertAnswer(await api.GetAsync("?chartName=nope", "agent", "agent-token"), HttpStatusCode.Forbidden, Denied);
    }

    [Fact]
    public async Task A_synced_permission_replaces_the_default_roles()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        await api.Seed.UserAsync("agent", "agent-token", "livechat-agent");
        await api.Seed.ManagerPermissionAsync("admin", "livechat-agent");

        await AssertAnswer(await api.GetAsync(ValidQuery), HttpStatusCode.Forbidden, Denied);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(ValidQuery, "agent", "agent-token")).StatusCode);
    }

    [Fact]
    public async Task A_monitor_holds_the_permission_by_default()
    {
        await using var api = new ChartsApi();
        await api.Seed.UserAsync("monitor", "monitor-token", "livechat-monitor");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(ValidQuery, "monitor", "monitor-token")).StatusCode);
    }

    [Fact]
    public async Task Any_of_the_users_tokens_logs_in()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        await api.Seed.UserAsync(ChartsApi.ManagerId, "personal-access-token", "user\nlivechat-manager");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(ValidQuery, token: "personal-access-token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(ValidQuery)).StatusCode);
    }
}
