using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmniCharts.Ingestor.Messaging;
using OmniCharts.Ingestor.Sources.ExportFiles;
using OmniCharts.ReadModel.Hosting;

namespace OmniCharts.Ingestor.Cli;

/// <summary>The Ingestor's entry point, also called in-process by tests with their own configuration.</summary>
public static class IngestorCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console,
        IReadOnlyDictionary<string, string?>? configuration = null, CancellationToken cancellationToken = default)
    {
        var parsed = CommandLine.Parse(args);
        if (parsed.Help)
        {
            await console.Out.WriteAsync(Usage.Text);
            return (int)ExitCode.Ok;
        }

        if (parsed.Options is not { } options)
        {
            await console.Error.WriteLineAsync($"error: {parsed.Error}\n\n{Usage.Text}");
            return (int)ExitCode.Usage;
        }

        if (!Directory.Exists(options.From))
        {
            await console.Error.WriteLineAsync($"error: export directory not found: {Path.GetFullPath(options.From)}");
            return (int)ExitCode.Usage;
        }

        using var host = Build(configuration);
        return (int)await host.Services.GetRequiredService<ReplayCommand>().RunAsync(options, console, cancellationToken);
    }

    private static IHost Build(IReadOnlyDictionary<string, string?>? configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        // Framework logs go to stderr and only when something is wrong: stdout carries the progress.
        builder.Logging.ClearProviders().AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("MassTransit", LogLevel.Error);
        builder.AddIngestorBus();
        builder.AddReadModelRedis();
        builder.AddReplay();
        return builder.Build();
    }
}
