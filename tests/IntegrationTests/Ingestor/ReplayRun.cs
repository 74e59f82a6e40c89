using System.Text.RegularExpressions;
using OmniCharts.Ingestor.Cli;

namespace OmniCharts.IntegrationTests.Ingestor;

/// <summary>Runs <c>replay</c> in-process with a test's configuration and keeps what it printed.</summary>
internal sealed partial record ReplayRun(int ExitCode, string Output, string Errors)
{
    public string RunId => RunIdLine().Match(Output).Groups[1].Value;

    public static async Task<ReplayRun> StartAsync(IReadOnlyDictionary<string, string?> configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await IngestorCli.RunAsync(args, new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(errors), Interactive: false), configuration);
        return new ReplayRun(exitCode, output.ToString(), errors.ToString());
    }

    [GeneratedRegex("run id: ([0-9a-f]{32})")]
    private static partial Regex RunIdLine();
}
