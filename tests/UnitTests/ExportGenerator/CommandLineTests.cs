using OmniCharts.ExportGenerator.Cli;

namespace OmniCharts.UnitTests.ExportGenerator;

public class CommandLineTests
{
    [Fact]
    public void Every_option_is_read()
    {
        var (output, options, error) = CommandLine.Parse(
            ["--out", "dir", "--seed", "7", "--rooms", "1000000", "--departments", "3", "--start", "2026-02-01", "--months", "2", "--messages-per-room", "0"]);

        Assert.Null(error);
        Assert.Equal("dir", output);
        Assert.Equal(new GeneratorOptions(7, 1_000_000, 3, new DateOnly(2026, 2, 1), 2, 0), options);
        Assert.Equal(new DateOnly(2026, 4, 1), options.EndDay);
    }

    [Fact]
    public void Team_chat_options_are_read_and_off_by_default()
    {
        var (_, options, error) = CommandLine.Parse(["--out", "dir", "--team-rooms", "2000", "--team-share", "0.9"]);

        Assert.Null(error);
        Assert.Equal((2000, 0.9), (options.TeamRooms, options.TeamShare));
        Assert.Equal((0, 0.0), (new GeneratorOptions().TeamRooms, new GeneratorOptions().TeamShare));
    }

    [Theory]
    [InlineData("--out", "dir", "--team-share", "1")]
    [InlineData("--out", "dir", "--team-share", "-0.1")]
    [InlineData("--out", "dir", "--team-rooms", "-1")]
    [InlineData("--seed", "1")]
    [InlineData("--out", "dir", "--rooms", "0")]
    [InlineData("--out", "dir", "--start", "2026-13-01")]
    [InlineData("--out", "dir", "--colour", "red")]
    [InlineData("--out")]
    public void A_bad_command_line_is_an_error(params string[] args) =>
        Assert.NotNull(CommandLine.Parse(args).Error);
}
