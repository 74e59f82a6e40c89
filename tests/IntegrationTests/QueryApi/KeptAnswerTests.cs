using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.QueryApi.Overview;
using OmniCharts.QueryApi.Overview.Kept;
using OmniCharts.ReadModel.Writing;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary>
/// The overview's kept answers (<see cref="KeptAnswers"/>): a QueryApi that keeps them against one that computes every
/// answer, on the same real Redis, whatever is written between requests; requests of one moment share a computation.
/// </summary>
public sealed class KeptAnswerTests : IAsyncLifetime
{
    // Ranges across a month end and a year end, in both endpoints, for all rooms and one department.
    private static readonly string[] Questions =
    [
        .. new[] { "overview?name=Conversations", "overview?name=Productivity", "agent-overview?name=Total_conversations", "agent-overview?name=Avg_first_response_time" }
            .SelectMany(name => new[] { "&from=2026-02-20&to=2026-03-10", "&from=2026-12-25&to=2027-01-05", "&from=2026-03-01&to=2026-03-01" }
                .SelectMany(range => new[] { name + range, name + range + "&departmentId=d1" })),
    ];

    private ChartsApi kept = null!;
    private WebApplicationFactory<Program> computedHost = null!;
    private HttpClient computed = null!;
    private ReadModelWriter writer = null!;

    [Fact]
    public async Task Kept_and_computed_answers_agree_whatever_is_written_between_requests()
    {
        var random = new Random(20261205);
        for (var step = 0; step < 60; step++)
        {
            for (var i = random.Next(3); i >= 0; i--)
                await RandomChangeAsync(random, step * 10 + i);
            if (step % 15 == 7)
                await kept.Seed.SettingAsync("Default_Custom_Timezone", random.Next(2) == 0 ? "Asia/Kolkata" : "America/New_York");
            // Some questions twice with nothing written in between, so kept answers are used, not only replaced.
            foreach (var question in Questions.Where((_, i) => (i + step) % 3 != 0))
            {
                var expected = await BodyAsync(computed, question);
                Assert.Equal(expected, await BodyAsync(kept.Client, question));
                if (random.Next(2) == 0)
                    Assert.Equal(expected, await BodyAsync(kept.Client, question));
            }
        }

        var answers = kept.Services.GetRequiredService<KeptAnswers>();
        Assert.True(answers.Kept > 100 && answers.SecondReads > 50, $"kept {answers.Kept}, second reads {answers.SecondReads}: the store was not exercised");
    }

    [Fact]
    public async Task Requests_of_one_moment_after_a_write_share_one_computation_of_the_new_answer()
    {
        const string question = "overview?name=Conversations&from=2026-03-01&to=2026-03-31";
        var answers = kept.Services.GetRequiredService<KeptAnswers>();
        await writer.ApplyRoomAsync(Room("a", 1, ts: Ts, overview: Overview(open: true)));
        var before = await BodyAsync(kept.Client, question);

        await writer.ApplyRoomAsync(Room("b", 1, ts: Ts, overview: Overview(held: true)));
        var computations = answers.Reads + answers.SecondReads;
        var bodies = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => BodyAsync(kept.Client, question)));

        var expected = await BodyAsync(computed, question);
        Assert.NotEqual(before, expected);
        Assert.All(bodies, body => Assert.Equal(expected, body));
        Assert.Equal(1, answers.Reads + answers.SecondReads - computations);
    }

    [Theory]
    [InlineData("Asia/Kolkata", "2026-02-28T20:00:00Z")]
    [InlineData("America/New_York", "2026-04-01T02:00:00Z")]
    public async Task A_room_of_a_neighbouring_UTC_month_that_the_zone_puts_in_the_range_changes_the_kept_answer(string zone, string instant)
    {
        const string question = "overview?name=Conversations&from=2026-03-01&to=2026-03-31";
        await kept.Seed.SettingAsync("Default_Custom_Timezone", zone);
        await writer.ApplyRoomAsync(Room("a", 1, ts: Ts));
        var first = await BodyAsync(kept.Client, question);

        var ts = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        await writer.ApplyRoomAsync(Room("b", 1, ts: ts));

        Assert.Contains("""{"title":"Total_conversations","value":1}""", first, StringComparison.Ordinal);
        Assert.Contains("""{"title":"Total_conversations","value":2}""", await BodyAsync(kept.Client, question), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_store_starts_over_and_keeps_answering_right()
    {
        await using var small = await ChartsApi.WithManagerAsync(new Dictionary<string, string> { ["Overview:KeptAnswerBytes"] = "2000" });
        var smallWriter = new ReadModelWriter(TestRedis.Connection, small.Keys);
        await smallWriter.ApplyRoomAsync(Room("a", 1, ts: Ts, overview: Overview(open: true, servedBy: "ana", responseBy: "ana"), ft: 4_000));
        var answers = small.Services.GetRequiredService<KeptAnswers>();

        for (var day = 1; day <= 20; day++)
        {
            var body = await BodyAsync(small.Client, $"overview?name=Conversations&from=2026-03-{day:00}&to=2026-03-31");
            Assert.Contains(day <= 10 ? """{"title":"Total_conversations","value":1}""" : """{"title":"Total_conversations","value":0}""", body, StringComparison.Ordinal);
            Assert.InRange(answers.Bytes, 1, answers.CapacityBytes);
        }
    }

    public async Task InitializeAsync()
    {
        await RequiredServers.EnsureReachableAsync();
        kept = await ChartsApi.WithManagerAsync();
        await kept.Seed.SettingAsync("Default_Timezone_For_Reporting", "custom");
        await kept.Seed.SettingAsync("Default_Custom_Timezone", "Asia/Kolkata");
        computedHost = QueryApiHost.Create(kept.Keys.Prefix, new Dictionary<string, string> { ["Overview:KeptAnswerBytes"] = "0" }, readModelReady: false);
        computed = computedHost.CreateClient();
        writer = new ReadModelWriter(TestRedis.Connection, kept.Keys);
    }

    public async Task DisposeAsync()
    {
        computed.Dispose();
        await computedHost.DisposeAsync();
        await kept.DisposeAsync();
    }

    // Rooms from Feb 19 to Mar 11 and Dec 24 to Jan 6, in two departments or none, with agents, moving and deleted,
    // and their messages.
    private Task<bool> RandomChangeAsync(Random random, int version)
    {
        var id = "r" + random.Next(16);
        if (random.Next(4) == 0)
            return writer.ApplyMessageAsync(random.Next(2) == 0 ? Message(id, "m" + random.Next(40), version) : VisitorMessage(id, "m" + random.Next(40), version));
        if (random.Next(10) == 0)
            return writer.DeleteRoomAsync(id, version);
        var start = random.Next(2) == 0 ? new DateTimeOffset(2026, 2, 19, 0, 0, 0, TimeSpan.Zero) : new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.Zero);
        var ts = start.AddMinutes(random.Next(0, 21 * 24 * 60)).ToUnixTimeMilliseconds();
        string Agent() => "agent" + random.Next(3);
        long? Metric() => random.Next(4) == 0 ? null : random.Next(1, 100_000);
        return writer.ApplyRoomAsync(Room(id, version, ts: ts, dep: random.Next(3) switch { 0 => "d1", 1 => "d2", _ => null },
            cd: Metric(), ft: Metric(), ra: Metric(), rt: Metric(),
            overview: Overview(open: random.Next(2) == 0, held: random.Next(4) == 0, servedBy: Agent(), responseBy: Agent(),
                productivity: new RoomProductivity(Metric(), Metric(), Metric()))));
    }

    private static async Task<string> BodyAsync(HttpClient client, string question)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/livechat/analytics/" + question);
        request.Headers.Add("X-User-Id", ChartsApi.ManagerId);
        request.Headers.Add("X-Auth-Token", ChartsApi.ManagerToken);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{question}: {(int)response.StatusCode} {body}");
        return body;
    }
}
