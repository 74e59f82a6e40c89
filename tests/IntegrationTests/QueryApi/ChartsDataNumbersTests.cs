using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.QueryApi;

public class ChartsDataNumbersTests
{
    private static readonly DateOnly October1 = new(2025, 10, 1);
    private static readonly SeriesScope All = SeriesScope.AllRooms;

    private static string Query(string chart, string start = "2025-10-01", string end = "2025-10-02", string extra = "") =>
        $"?start={start}&end={end}&chartName={chart}{extra}";

    private static async Task SeedTwoDaysAsync(ReadModelSeed seed)
    {
        // 10/1: 3 rooms, 7 counted messages, durations 2 s + 1.75 s, first responses 1 s + 1.01 s (best 1 s),
        // response averages 10 ms ×3, reactions 2.675 s. 10/2: one room and nothing else.
        (string Metric, long Value)[] october1 =
        [
            (Metric.Conversations, 3), (Metric.Messages, 7), (Metric.ChatDurationSum, 3_750), (Metric.ChatDurationCount, 2),
            (Metric.FirstResponseSum, 2_010), (Metric.FirstResponseCount, 2), (Metric.FirstResponseMin, 1_000),
            (Metric.ResponseAverageSum, 30), (Metric.ResponseAverageCount, 3), (Metric.ReactionSum, 2_675), (Metric.ReactionCount, 1),
        ];
        foreach (var (metric, value) in october1)
            await seed.DayAsync(All, October1, metric, value);
        await seed.DayAsync(All, October1.AddDays(1), Metric.Conversations, 1);
        await seed.DayAsync(All, October1.AddDays(1), Metric.Messages, 1);
    }

    [Theory]
    [InlineData("Total_conversations", 3, 1)]
    [InlineData("Total_messages", 7, 1)]
    [InlineData("Avg_chat_duration", 1.88, 0)] // 3.75 / 2 = 1.875 → 1.88
    [InlineData("Avg_first_response_time", 1, 0)] // 2.01 / 2 = 1.005, which JavaScript rounds to 1
    [InlineData("Best_first_response_time", 1, 0)]
    [InlineData("Avg_response_time", 0.01, 0)]
    [InlineData("Avg_reaction_time", 2.68, 0)] // 2.675 → 2.68 in doubles
    public async Task Each_chart_divides_its_day_buckets(string chart, double first, double second)
    {
        await using var api = await ChartsApi.WithManagerAsync();
        await SeedTwoDaysAsync(api.Seed);

        var (labels, points) = await api.ChartAsync(Query(chart));

        Assert.Equal(["10/1", "10/2"], labels);
        Assert.Equal([first, second], points);
    }

    [Fact]
    public async Task A_25_hour_day_outside_the_prefetched_cells_is_read_in_full()
    {
        // London's 2025-10-26 lasts 25 hours: a one-date request becomes a daily chart of two UTC days, which the
        // hourly prefetch window does not hold, so the query reads the days it needs in a second round trip.
        await using var api = await ChartsApi.WithManagerAsync();
        await api.Seed.SettingAsync("Default_Timezone_For_Reporting", "custom");
        await api.Seed.SettingAsync("Default_Custom_Timezone", "Europe/London");
        var day = new DateOnly(2025, 10, 26);
        await api.Seed.DayAsync(All, day, Metric.Conversations, 4);
        await api.Seed.DayAsync(All, day.AddDays(1), Metric.Conversations, 2);

        var (labels, points) = await api.ChartAsync(Query("Total_conversations", start: "2025-10-26", end: "2025-10-26"));

        Assert.Equal(["10/25", "10/26"], labels);
        Assert.Equal([0, 4], points);
    }

    [Fact]
    public async Task Department_filter_reads_the_departments_series_and_undefined_means_all()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        await SeedTwoDaysAsync(api.Seed);
        await api.Seed.DayAsync(SeriesScope.Department("d1"), October1, Metric.Conversations, 2);

        async Task<double[]> Points(string department) =>
            (await api.ChartAsync(Query("Total_conversations", extra: "&departmentId=" + department))).Points;

        Assert.Equal(new double[] { 2, 0 }, await Points("d1"));
        Assert.Equal(new double[] { 0, 0 }, await Points("unknown"));
        Assert.Equal(new double[] { 3, 1 }, await Points("undefined"));
        Assert.Equal(new double[] { 3, 1 }, await Points(""));
    }

    [Fact]
    public async Task Server_zone_east_of_utc_starts_on_the_previous_utc_day()
    {
        await using var api = await ChartsApi.WithManagerAsync(new Dictionary<string, string> { ["RocketChat:ServerTimeZone"] = "Asia/Tokyo" });
        await api.Seed.DayAsync(All, October1.AddDays(-1), Metric.Conversations, 4);

        var (labels, points) = await api.ChartAsync(Query("Total_conversations", end: "2025-10-03"));

        Assert.Equal(["9/30", "10/1", "10/2", "10/3"], labels);
        Assert.Equal([4, 0, 0, 0], points);
    }

    [Fact]
    public async Task Custom_zone_setting_plans_fractional_hours_over_15_minute_slots()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        await api.Seed.SettingAsync("Default_Timezone_For_Reporting", "custom");
        await api.Seed.SettingAsync("Default_Custom_Timezone", "Asia/Kolkata");
        // Kolkata's 10/1 starts 9/30 18:30Z; bucket 0 is 18:30–18:59Z, bucket 1 is 19:30–19:59Z, 19:00–19:29Z counts nowhere.
        var midnight = new DateTimeOffset(2025, 9, 30, 18, 30, 0, TimeSpan.Zero);
        await api.Seed.SlotAsync(All, midnight.AddMinutes(10), Metric.Conversations, 1);
        await api.Seed.SlotAsync(All, midnight.AddMinutes(40), Metric.Conversations, 5);
        await api.Seed.SlotAsync(All, midnight.AddMinutes(75), Metric.Conversations, 2);
        await api.Seed.SlotAsync(All, midnight.AddHours(23).AddMinutes(15), Metric.Conversations, 3);

        var (labels, points) = await api.ChartAsync(Query("Total_conversations", end: "2025-10-01"));

        Assert.Equal("12AM-1AM", labels[0]);
        Assert.Equal([1, 2], points[..2]);
        Assert.Equal(3, points[23]);
        Assert.Equal(6, points.Sum());
    }

    [Fact]
    public async Task Best_first_response_of_an_hour_is_the_least_of_its_slots()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        var hour = new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
        await api.Seed.SlotAsync(All, hour, Metric.FirstResponseMin, 9_000);
        await api.Seed.SlotAsync(All, hour.AddMinutes(45), Metric.FirstResponseMin, 2_675);

        var (_, points) = await api.ChartAsync(Query("Best_first_response_time", end: "2025-10-01"));

        Assert.Equal(2.68, points[9]);
        Assert.Equal(0, points[10]);
    }

    [Theory]
    [InlineData("-4", new[] { "10/1", "10/2", "10/3", "10/4" })]
    [InlineData("5.5", new[] { "10/1", "10/2", "10/3" })]
    public async Task User_zone_setting_uses_the_users_whole_hour_offset_else_the_server_zone(string offset, string[] expected)
    {
        await using var api = await ChartsApi.WithManagerAsync(utcOffset: offset);
        await api.Seed.SettingAsync("Default_Timezone_For_Reporting", "user");

        Assert.Equal(expected, (await api.ChartAsync(Query("Total_conversations", end: "2025-10-03"))).Labels);
    }

    [Fact]
    public async Task A_year_request_answers_every_day()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        var first = new DateOnly(2025, 1, 1);
        var seeded = Enumerable.Range(0, 365).Where(i => i % 7 == 3).ToArray();
        await Task.WhenAll(seeded.Select(i => api.Seed.DayAsync(All, first.AddDays(i), Metric.Conversations, i)));

        var (labels, points) = await api.ChartAsync(Query("Total_conversations", start: "2025-01-01", end: "2025-12-31"));

        Assert.Equal(365, labels.Length);
        Assert.Equal("12/31", labels[^1]);
        Assert.Equal(Enumerable.Range(0, 365).Select(i => seeded.Contains(i) ? (double)i : 0), points);
    }

    [Fact]
    public async Task Reversed_ranges_of_two_days_or_more_are_empty()
    {
        await using var api = await ChartsApi.WithManagerAsync();

        var (labels, points) = await api.ChartAsync(Query("Total_conversations", start: "2025-10-03", end: "2025-10-01"));

        Assert.Empty(labels);
        Assert.Empty(points);
    }
}
