using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;

namespace OmniCharts.IntegrationTests.Ingestor.Backfill;

/// <summary>Runs <c>backfill</c> in-process against a test's source and namespace, keeping what it printed.</summary>
internal sealed partial record BackfillInvocation(int ExitCode, string Output, string Errors)
{
    public const string AnyMongo = "mongodb://in-memory.invalid:27017/rocketchat";

    public string RunId => RunIdLine().Match(Output).Groups[1].Value;

    public static async Task<BackfillInvocation> RunAsync(
        IReadOnlyDictionary<string, string?> configuration, IBackfillSources source, string[] args,
        TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await IngestorCli.RunAsync(
            ["backfill", "--mongo", AnyMongo, .. args],
            new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(errors), Interactive: false),
            configuration, cancellationToken,
            services =>
            {
                services.AddSingleton(source);
                if (time is not null)
                    services.AddSingleton(time);
            });
        return new BackfillInvocation(exitCode, output.ToString(), errors.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";

    [GeneratedRegex("run id: ([0-9a-f]{32})")]
    private static partial Regex RunIdLine();
}
