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
}
