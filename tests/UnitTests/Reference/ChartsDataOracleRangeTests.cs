using OmniCharts.Reference.ChartsData;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference;

public class ChartsDataOracleRangeTests
{
    private const string Conversations = ChartNames.TotalConversations;

    private static ParsedChart Chart(string zone, string start, string end, params string[] roomTimes) =>
        ParsedChart.From(ChartsDataOracle.Answer(
            With(roomTimes.Select((ts, i) => Room($"r{i}", ts))),
            Ask(Conversations, start, end),
            new OracleSettings(zone)));

    [Fact]
    public void A_utc_plus_3_caller_gets_four_utc_days_starting_the_day_before()
    {
        var chart = Chart("Europe/Moscow", "2026-10-01", "2026-10-03", "2026-09-30T21:00:00Z", "2026-09-30T20:59:59.999Z");

        Assert.Equal(["9/30", "10/1", "10/2", "10/3"], chart.Labels);
        // Buckets are whole UTC days, so the room before local 10/1 still counts in 9/30.
        Assert.Equal([2d, 0, 0, 0], chart.Points);
    }

    [Fact]
    public void A_utc_minus_4_caller_gets_utc_days_up_to_the_day_after()
    {
        var chart = Chart("America/New_York", "2026-10-01", "2026-10-03", "2026-10-04T03:59:59.999Z", "2026-10-04T04:00:00Z");

        Assert.Equal(["10/1", "10/2", "10/3", "10/4"], chart.Labels);
        Assert.Equal([0d, 0, 0, 2], chart.Points);
    }

    [Fact]
    public void Hourly_buckets_in_india_cover_only_the_half_hour_up_to_the_next_utc_hour()
    {
        // 2026-05-10 local midnight is 2026-05-09T18:30Z: bucket 0 is 18:30–18:59:59.999Z, bucket 1 starts at 19:30Z.
        var chart = Chart("Asia/Kolkata", "2026-05-10", "2026-05-10",
            "2026-05-09T18:30:00Z", "2026-05-09T18:59:59.999Z", "2026-05-09T19:00:00Z", "2026-05-09T19:29:59.999Z", "2026-05-09T19:30:00Z");

        Assert.Equal(24, chart.Labels.Count);
        Assert.Equal([2d, 1], chart.Points.Take(2));
        Assert.Equal(3, chart.Points.Sum());
    }

    [Fact]
    public void A_25_hour_fall_back_day_is_two_daily_buckets()
    {
        var chart = Chart("America/New_York", "2026-11-01", "2026-11-01", "2026-11-02T04:59:59.999Z");

        Assert.Equal(["11/1", "11/2"], chart.Labels);
        Assert.Equal([0d, 1], chart.Points);
    }

    [Fact]
    public void An_end_one_day_before_start_answers_hourly_for_start()
    {
        var chart = Chart("UTC", "2026-03-10", "2026-03-09", "2026-03-10T23:30:00Z");

        Assert.Equal("12AM-1AM", chart.Labels[0]);
        Assert.Equal("11PM-12AM", chart.Labels[23]);
        Assert.Equal(1, chart.Points[23]);
    }

    [Fact]
    public void An_end_two_days_before_start_answers_empty_arrays()
    {
        var answer = ChartsDataOracle.Answer(With([Room("r", "2026-03-09T10:00:00Z")]),
            Ask(Conversations, "2026-03-10", "2026-03-08"), new OracleSettings());

        Assert.Equal(new ChartAnswer(200, """{"chartLabel":"Total_conversations","dataLabels":[],"dataPoints":[],"success":true}"""), answer);
    }

    [Fact]
    public void A_midnight_in_a_dst_gap_starts_the_day_at_the_first_valid_instant()
    {
        // Chile skips 2026-09-06 00:00–01:00: the day starts at 01:00 −03 = 04:00Z and has 23 hours.
        var chart = Chart("America/Santiago", "2026-09-06", "2026-09-06", "2026-09-06T03:59:59.999Z", "2026-09-06T04:00:00Z");

        Assert.Equal(24, chart.Labels.Count);
        Assert.Equal([1d, 0], chart.Points.Take(2));
    }

    [Theory]
    [InlineData(10, "11PM-11PM")]
    [InlineData(37, "12AM-12AM")]
    public void Rocket_chat_7_11_labels_read_the_utc_hour_today_with_the_clocks_minutes(int minute, string firstLabel)
    {
        var now = new DateTimeOffset(2026, 1, 15, 3, minute, 0, TimeSpan.Zero);
        var answer = ChartsDataOracle.Answer(With([]), Ask(Conversations, "2026-05-10", "2026-05-10"),
            new OracleSettings("Asia/Kolkata", HourlyLabelStyle.RocketChat711, now));

        Assert.Equal(firstLabel, ParsedChart.From(answer).Labels[0]);
    }

    [Fact]
    public void Rocket_chat_7_11_labels_shift_by_an_hour_for_a_date_in_the_other_dst_season()
    {
        var winter = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
        var answer = ChartsDataOracle.Answer(With([]), Ask(Conversations, "2026-07-01", "2026-07-01"),
            new OracleSettings("America/New_York", HourlyLabelStyle.RocketChat711, winter));

        // Bucket 0 starts at 04:00Z (EDT midnight); 04:00Z on a January day is 11PM EST.
        Assert.Equal(["11PM-11PM", "12AM-12AM"], ParsedChart.From(answer).Labels.Take(2));
    }

    [Theory]
    [InlineData("user", 3.0, "9/30")]
    [InlineData("user", 5.5, "10/1")]
    [InlineData("custom", 0.0, "9/30")]
    public void The_reporting_zone_follows_the_stored_setting(string mode, double callerOffset, string firstLabel)
    {
        var settings = new[] { Setting("Default_Timezone_For_Reporting", mode), Setting("Default_Custom_Timezone", "Europe/Moscow") };
        var answer = ChartsDataOracle.Answer(With([], settings: settings, managerOffset: callerOffset),
            Ask(Conversations, "2026-10-01", "2026-10-03"), new OracleSettings("UTC"));

        Assert.Equal(firstLabel, ParsedChart.From(answer).Labels[0]);
    }
}
