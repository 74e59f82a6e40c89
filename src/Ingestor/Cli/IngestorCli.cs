using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Builds;
using OmniCharts.Ingestor.Messaging;
using OmniCharts.Ingestor.Sources.ExportFiles;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.ReadModel.Hosting;

namespace OmniCharts.Ingestor.Cli;

/// <summary>The Ingestor's entry point, also called in-process by tests with their own configuration.</summary>
public static class IngestorCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">Where the command writes.</param>
    /// <param name="configuration">Settings added over the environment's.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <param name="services">Registrations applied last, so they win: tests put documents in memory in place of MongoDB.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console,
        IReadOnlyDictionary<string, string?>? configuration = null, CancellationToken cancellationToken = default,
        Action<IServiceCollection>? services = null)
    {
        var parsed = CommandLine.Parse(args);
        if (parsed.Help)
        {
            await console.Out.WriteAsync(Usage.Text);
            return (int)ExitCode.Ok;
        }

        switch (parsed.Options)
        {
            case ReplayOptions replay when !Directory.Exists(replay.From):
                await console.Error.WriteLineAsync($"error: export directory not found: {Path.GetFullPath(replay.From)}");
                return (int)ExitCode.Usage;
            case ReplayOptions replay:
            {
                using var host = Build(console, configuration, services);
                return (int)await host.Services.GetRequiredService<ReplayCommand>().RunAsync(replay, console, cancellationToken);
            }
            case RebuildOptions { From: { } from } when !Directory.Exists(from):
                await console.Error.WriteLineAsync($"error: export directory not found: {Path.GetFullPath(from)}");
                return (int)ExitCode.Usage;
            case RebuildOptions rebuild:
            {
                using var host = Build(console, configuration, services);
                return (int)await host.Services.GetRequiredService<RebuildCommand>().RunAsync(rebuild, console, cancellationToken);
            }
            case BackfillOptions backfill:
            {
                using var host = Build(console, configuration, services);
                return (int)await host.Services.GetRequiredService<BackfillCommand>().RunAsync(backfill, console, cancellationToken);
            }
            default:
                await console.Error.WriteLineAsync($"error: {parsed.Error}\n\n{Usage.Text}");
                return (int)ExitCode.Usage;
        }
    }

    private static IHost Build(CliConsole console, IReadOnlyDictionary<string, string?>? configuration, Action<IServiceCollection>? services)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        builder.AddIngestorBus();
        builder.AddReadModelRedis();
        builder.AddCliOutput(console);
        builder.AddReplay();
        builder.AddBackfill();
        builder.AddRebuild();
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
