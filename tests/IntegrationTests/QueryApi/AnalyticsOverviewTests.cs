using OmniCharts.QueryApi.Overview;
using OmniCharts.ReadModel.Writing;
using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary>The overview endpoints on small read models whose answers are worked out by hand (the parity tests compare with the oracle).</summary>
public sealed class AnalyticsOverviewTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(5.5));
    private ChartsApi api = null!;
    private ReadModelWriter writer = null!;

    [Fact]
    public async Task Conversations_leave_out_a_held_room_of_the_last_millisecond_and_find_the_busiest_local_hour()
    {
        await RoomAsync("a", Monday.AddHours(10).AddMinutes(10), Overview(open: true));
        await RoomAsync("b", Monday.AddHours(10).AddMinutes(50), new RoomOverview(false, false, null, null, null), cd: 60_000);
        await RoomAsync("c", Monday.AddDays(1).AddHours(9), Overview(held: true));
        await RoomAsync("d", Monday.AddDays(2).AddMilliseconds(-1), Overview(held: true));
        await RoomAsync("e", Monday.AddDays(2), Overview(held: true));
        await writer.ApplyMessageAsync(new MessageSnapshot("m1", "a", 1, MessageCount.OverviewOnly));
        await writer.ApplyMessageAsync(new MessageSnapshot("m2", "a", 1, MessageCount.OverviewOnly));
        await writer.ApplyMessageAsync(new MessageSnapshot("m3", "a", 1, MessageCount.Both));
        await writer.ApplyMessageAsync(new MessageSnapshot("m4", "a", 1, MessageCount.None));

        // Kolkata's 10 AM is 04:30–05:30 UTC: rooms a (04:40Z) and b (05:20Z) share it.
        Assert.Equal(
            """[{"title":"Total_conversations","value":4},{"title":"Open_conversations","value":1},{"title":"On_Hold_conversations","value":1},"""
            + """{"title":"Total_messages","value":6},{"title":"Busiest_day","value":"Monday"},{"title":"Conversations_per_day","value":"2.00"},"""
            + """{"title":"Busiest_time","value":"10AM - 11AM"}]""",
            await BodyAsync(OverviewEndpoints.OverviewPath, "Conversations", "2026-03-02", "2026-03-03"));
        Assert.Equal(
            """[{"title":"Total_conversations","value":0},{"title":"Open_conversations","value":0},{"title":"On_Hold_conversations","value":0},"""
            + """{"title":"Total_messages","value":0},{"title":"Busiest_day","value":"-"},{"title":"Conversations_per_day","value":"NaN"},"""
            + """{"title":"Busiest_time","value":"-"}]""",
            await BodyAsync(OverviewEndpoints.OverviewPath, "Conversations", "2026-03-03", "2026-03-01"));
    }

    [Fact]
    public async Task Productivity_adds_null_fields_as_zero_and_a_missing_one_makes_its_card_NaN()
    {
        await RoomAsync("a", Monday.AddHours(1), Overview(productivity: new RoomProductivity(2_000, 4_000, 1_000)));
        await RoomAsync("b", Monday.AddHours(2), Overview(productivity: new RoomProductivity(0, 2_000, 3_000)));
        Assert.Equal(
            """[{"title":"Avg_response_time","value":"00:00:01"},{"title":"Avg_first_response_time","value":"00:00:03"},{"title":"Avg_reaction_time","value":"00:00:02"}]""",
            await BodyAsync(OverviewEndpoints.OverviewPath, "Productivity", "2026-3-2", "2026-3-2"));

        await RoomAsync("c", Monday.AddHours(3), Overview(productivity: new RoomProductivity(3_000, 3_000, null)));
        Assert.Equal(
            """[{"title":"Avg_response_time","value":"00:00:02"},{"title":"Avg_first_response_time","value":"00:00:03"},{"title":"Avg_reaction_time","value":"NaN:NaN:NaN"}]""",
            await BodyAsync(OverviewEndpoints.OverviewPath, "Productivity", "2026-3-2", "2026-3-2"));
    }

    [Fact]
    public async Task The_agents_table_sorts_durations_by_their_hours_then_by_username()
    {
        await RoomAsync("a", Monday.AddHours(1), Overview(servedBy: "ana", responseBy: "ana"), ft: 5_000);
        await RoomAsync("b", Monday.AddHours(2), Overview(servedBy: "ana", responseBy: "ana"), ft: 2_000);
        await RoomAsync("c", Monday.AddHours(3), Overview(servedBy: "bo", responseBy: "bo"), ft: 61_000);
        await RoomAsync("d", Monday.AddHours(4), Overview(responseBy: "Bruno"), ft: 7_200_000);

        Assert.Equal(
            """{"head":[{"name":"Agent"},{"name":"Best_first_response_time"}],"data":[{"name":"ana","value":"00:00:02"},"""
            + """{"name":"bo","value":"00:01:01"},{"name":"Bruno","value":"02:00:00"}],"success":true}""",
            await BodyAsync(OverviewEndpoints.AgentOverviewPath, "Best_first_response_time", "2026-03-02", "2026-03-02"));
        Assert.Equal(
            """{"head":[{"name":"Agent"},{"name":"%_of_conversations"}],"data":[{"name":"ana","value":"66.67%"},{"name":"bo","value":"33.33%"}],"success":true}""",
            await BodyAsync(OverviewEndpoints.AgentOverviewPath, "Total_conversations", "2026-03-02", "2026-03-02"));
    }

    [Fact]
    public async Task An_unknown_name_is_an_empty_success_that_is_never_cached()
    {
        using var response = await api.GetAsync("?name=nope&from=2026-03-02&to=2026-03-02", path: OverviewEndpoints.AgentOverviewPath);

        Assert.Equal("""{"success":true}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(("application/json", "no-store"), (response.Content.Headers.ContentType?.MediaType, response.Headers.CacheControl?.ToString()));
    }

    public async Task InitializeAsync()
    {
        await RequiredServers.EnsureReachableAsync();
        api = await ChartsApi.WithManagerAsync();
        await api.Seed.SettingAsync("Default_Timezone_For_Reporting", "custom");
        await api.Seed.SettingAsync("Default_Custom_Timezone", "Asia/Kolkata");
        writer = new ReadModelWriter(TestRedis.Connection, api.Keys);
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    private static RoomOverview Overview(bool open = false, bool held = false, string? servedBy = null, string? responseBy = null, RoomProductivity? productivity = null) =>
        new(open, held, servedBy, responseBy, productivity);

    private Task RoomAsync(string id, DateTimeOffset ts, RoomOverview overview, long? cd = null, long? ft = null) =>
        writer.ApplyRoomAsync(new RoomSnapshot(id, 1, true, ts.ToUnixTimeMilliseconds(), null, new RoomMetrics(cd, ft, null, null), overview));

    private async Task<string> BodyAsync(string path, string name, string from, string to)
    {
        using var response = await api.GetAsync($"?name={name}&from={from}&to={to}", path: path);
        return await response.Content.ReadAsStringAsync();
    }
}
