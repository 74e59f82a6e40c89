using OmniCharts.Ingestor.Cli;

namespace OmniCharts.UnitTests.Ingestor.Cli;

public class CommandLineTests
{
    [Fact]
    public void Replay_with_all_options_is_parsed()
    {
        var result = CommandLine.Parse(["replay", "--from", "export", "--wait", "--wait-timeout", "30"]);

        Assert.Equal(new ReplayOptions("export", true, TimeSpan.FromSeconds(30)), result.Options);
    }

    [Fact]
    public void Wait_timeout_defaults_to_ten_minutes()
    {
        var result = CommandLine.Parse(["replay", "--from", "export"]);

        Assert.Equal(new ReplayOptions("export", false, TimeSpan.FromSeconds(600)), result.Options);
    }

    [Theory]
    [InlineData("missing command")]
    [InlineData("unknown command 'import'", "import")]
    [InlineData("replay needs --from DIR", "replay")]
    [InlineData("--from needs a value", "replay", "--from")]
    [InlineData("unknown argument '--fast'", "replay", "--from", "d", "--fast")]
    [InlineData("--wait-timeout needs a positive number of seconds, not 'soon'", "replay", "--from", "d", "--wait-timeout", "soon")]
    [InlineData("--wait-timeout needs a positive number of seconds, not '0'", "replay", "--from", "d", "--wait-timeout", "0")]
    public void Bad_arguments_are_explained(string error, params string[] args)
    {
        var result = CommandLine.Parse(args);

        Assert.Null(result.Options);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Help_is_recognised_anywhere()
    {
        Assert.True(CommandLine.Parse(["replay", "--help"]).Help);
    }

    [Fact]
    public void Backfill_with_all_options_is_parsed()
    {
        var result = CommandLine.Parse(["backfill", "--mongo", "mongodb://db:27017/rocketchat?replicaSet=rs0", "--since", "2025-01-31",
            "--rate", "250.5", "--page-size", "1000", "--restart", "--wait", "--wait-timeout", "30"]);

        Assert.Equal(new BackfillOptions("mongodb://db:27017/rocketchat?replicaSet=rs0", new DateTimeOffset(2025, 1, 31, 0, 0, 0, TimeSpan.Zero),
            250.5, 1000, Restart: true, Wait: true, TimeSpan.FromSeconds(30)), result.Options);
    }

    [Fact]
    public void Backfill_defaults_to_all_history_2000_documents_a_second_and_pages_of_500()
    {
        var result = CommandLine.Parse(["backfill", "--mongo", "mongodb://db/rocketchat"]);

        Assert.Equal(new BackfillOptions("mongodb://db/rocketchat", null, 2000, 500, false, false, TimeSpan.FromSeconds(600)), result.Options);
    }

    [Theory]
    [InlineData("2025-06-01T08:30:00+02:00", "2025-06-01T06:30:00Z")]
    [InlineData("2025-06-01T06:30:00Z", "2025-06-01T06:30:00Z")]
    [InlineData("2025-06-01T06:30:00", "2025-06-01T06:30:00Z")]
    public void Since_takes_an_iso_time_and_reads_a_time_without_offset_as_utc(string since, string utc)
    {
        var options = Assert.IsType<BackfillOptions>(CommandLine.Parse(["backfill", "--mongo", "mongodb://db/rc", "--since", since]).Options);

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), options.Since);
        Assert.Equal(TimeSpan.Zero, options.Since!.Value.Offset);
    }

    [Fact]
    public void Rate_zero_means_no_limit()
    {
        var options = Assert.IsType<BackfillOptions>(CommandLine.Parse(["backfill", "--mongo", "mongodb://db/rc", "--rate", "0"]).Options);

        Assert.Equal(0, options.Rate);
    }

    [Theory]
    [InlineData("backfill needs --mongo URI", "backfill")]
    [InlineData("--mongo needs a value", "backfill", "--mongo")]
    [InlineData("--mongo must name Rocket.Chat's database, like mongodb://host:27017/rocketchat", "backfill", "--mongo", "mongodb://db:27017")]
    [InlineData("--since needs a date (2025-01-31) or an ISO 8601 time (2025-01-31T08:00:00Z), not 'yesterday'", "backfill", "--mongo", "mongodb://db/rc", "--since", "yesterday")]
    [InlineData("--rate needs a number of documents per second (0 for no limit), not '-1'", "backfill", "--mongo", "mongodb://db/rc", "--rate", "-1")]
    [InlineData("--rate needs a number of documents per second (0 for no limit), not 'NaN'", "backfill", "--mongo", "mongodb://db/rc", "--rate", "NaN")]
    [InlineData("--page-size needs a whole number from 1 to 10000, not '0'", "backfill", "--mongo", "mongodb://db/rc", "--page-size", "0")]
    [InlineData("--page-size needs a whole number from 1 to 10000, not '10001'", "backfill", "--mongo", "mongodb://db/rc", "--page-size", "10001")]
    [InlineData("--wait-timeout needs a positive number of seconds, not '0'", "backfill", "--mongo", "mongodb://db/rc", "--wait-timeout", "0")]
    [InlineData("unknown argument '--from'", "backfill", "--mongo", "mongodb://db/rc", "--from", "x")]
    public void Bad_backfill_arguments_are_explained(string error, params string[] args)
    {
        var result = CommandLine.Parse(args);

        Assert.Null(result.Options);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void A_connection_string_that_does_not_parse_is_a_usage_error()
    {
        var result = CommandLine.Parse(["backfill", "--mongo", "http://db/rocketchat"]);

        Assert.Null(result.Options);
        Assert.StartsWith("--mongo is not a MongoDB connection string: ", result.Error, StringComparison.Ordinal);
    }
}
