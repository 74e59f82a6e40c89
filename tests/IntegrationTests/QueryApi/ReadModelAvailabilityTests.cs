using System.Net;
using System.Text.Json;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary>Never silently wrong: without a complete read model every answer is a 503 that says why, never a 401 or numbers.</summary>
public sealed class ReadModelAvailabilityTests
{
    private const string Query = "?start=2026-03-10&end=2026-03-10&chartName=Total_conversations";

    [Fact]
    public async Task An_empty_read_model_answers_503_with_its_reason_not_401_and_readiness_says_why()
    {
        await using var api = new ChartsApi(readModelReady: false);

        using var chart = await GetAsManagerAsync(api);
        using var ready = await api.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, chart.StatusCode);
        Assert.Equal("""{"success":false,"error":"OmniCharts' read model is empty: it was never built, or Redis lost it. Analytics come back once `Ingestor serve` has backfilled it from MongoDB or `Ingestor replay` has replayed an export [read-model-empty]"}""",
            await chart.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Contains("[read-model-empty]", body.RootElement.GetProperty("checks").GetProperty("read-model").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_credentials_is_still_401_whatever_the_read_model_holds()
    {
        await using var api = new ChartsApi(readModelReady: false);

        using var response = await api.GetAsync(Query, userId: null, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_read_model_being_built_answers_503_with_its_source_and_progress_even_for_a_known_manager()
    {
        await using var api = new ChartsApi(readModelReady: false);
        await api.Seed.UserAsync(ChartsApi.ManagerId, ChartsApi.ManagerToken, "livechat-manager");
        var state = new ReadModelStateStore(TestRedis.Connection, api.Keys, TimeProvider.System);
        var build = await state.BeginBuildAsync("replay of /exports/2026-03");
        await state.ReportProgressAsync(build.Generation, "rocketchat_message.json: read 120000, 40000/s");

        using var chart = await GetAsManagerAsync(api);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, chart.StatusCode);
        Assert.Equal("""{"success":false,"error":"OmniCharts' read model is being built (replay of /exports/2026-03; rocketchat_message.json: read 120000, 40000/s); analytics come back once it is complete [read-model-building]"}""",
            await chart.Content.ReadAsStringAsync());

        Assert.True(await state.MarkReadyAsync(build.Generation));
        using var answered = await GetAsManagerAsync(api);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_rebuild_answers_from_the_live_generation_until_the_switch_and_from_the_new_one_right_after()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        var writer = new ReadModelWriter(TestRedis.Connection, api.Keys);
        await writer.ApplyRoomAsync(new RoomSnapshot("r1", 1, true, DateTimeOffset.Parse("2026-03-10T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), null, RoomMetrics.None));
        var state = new ReadModelStateStore(TestRedis.Connection, api.Keys, TimeProvider.System);
        var (rebuilt, _) = await state.BeginRebuildAsync("rebuild from a test");
        var next = new ReadModelSeed(TestRedis.Connection.GetDatabase(), api.Keys.ForGeneration(rebuilt!));
        await next.UserAsync(ChartsApi.ManagerId, ChartsApi.ManagerToken, "livechat-manager");
        var newWriter = new ReadModelWriter(TestRedis.Connection, api.Keys).Targeting(rebuilt);
        foreach (var id in new[] { "r1", "r2" })
            await newWriter.ApplyRoomAsync(new RoomSnapshot(id, 1, true, DateTimeOffset.Parse("2026-03-10T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), null, RoomMetrics.None));

        var before = await (await GetAsManagerAsync(api)).Content.ReadAsStringAsync();
        Assert.Equal(RedisKeySchema.SchemaVersion, await state.SwitchAsync(rebuilt!));
        var after = await (await GetAsManagerAsync(api)).Content.ReadAsStringAsync();

        Assert.Contains("\"dataPoints\":[0,0,0,0,0,0,0,0,0,0,1,", before, StringComparison.Ordinal);
        Assert.Contains("\"dataPoints\":[0,0,0,0,0,0,0,0,0,0,2,", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_writer_that_saw_the_state_before_a_rebuild_began_still_writes_the_rebuilds_own_events()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        var writer = new ReadModelWriter(TestRedis.Connection, api.Keys);
        // The writer's view of the generations is read here, before the rebuild exists.
        await writer.ApplyRoomAsync(new RoomSnapshot("r1", 1, true, DateTimeOffset.Parse("2026-03-10T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), null, RoomMetrics.None));
        var state = new ReadModelStateStore(TestRedis.Connection, api.Keys, TimeProvider.System);
        var (rebuilt, _) = await state.BeginRebuildAsync("rebuild from a test");

        var applied = await writer.Targeting(rebuilt!).ApplyRoomAsync(new RoomSnapshot("r2", 1, true, DateTimeOffset.Parse("2026-03-10T11:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), null, RoomMetrics.None));

        Assert.True(applied);
        var database = TestRedis.Connection.GetDatabase();
        Assert.True(await database.KeyExistsAsync(api.Keys.ForGeneration(rebuilt!).Room("r2")));
        Assert.False(await database.KeyExistsAsync(api.Keys.Room("r2")));
    }

    [Fact]
    public async Task A_read_model_of_another_layout_is_not_read()
    {
        await using var api = await ChartsApi.WithManagerAsync(readModelReady: false);
        var other = new ReadModelStateStore(TestRedis.Connection, api.Keys.ForGeneration("v1"), TimeProvider.System);
        await other.MarkReadyAsync((await other.BeginBuildAsync("an older version")).Generation);

        using var chart = await GetAsManagerAsync(api);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, chart.StatusCode);
        Assert.Contains("[read-model-other-layout]", await chart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> GetAsManagerAsync(ChartsApi api)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ChartsApi.Path + Query);
        request.Headers.Add("X-User-Id", ChartsApi.ManagerId);
        request.Headers.Add("X-Auth-Token", ChartsApi.ManagerToken);
        return api.Client.SendAsync(request);
    }
}
