using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Service;

namespace OmniCharts.Ingestor;

// An explicit Main, not top-level statements: with the ASP.NET Core framework referenced, .NET 10 makes a
// top-level Program public, and it would then clash with the QueryApi's Program in the integration tests.
internal static class Program
{
    // `serve` is the long-running Ingestor (live tail, polling, webhooks); every other command is a one-shot CLI run.
    private static async Task<int> Main(string[] args) =>
        args is ["serve", .. var serviceArgs]
            ? await IngestorService.RunAsync(serviceArgs)
            : await IngestorCli.RunAsync(args, CliConsole.System);
}
