using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Runs;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary><c>replay</c>: publishes an export directory under a fresh run id, then optionally waits for the projector.</summary>
/// <remarks>Services are resolved when needed so that a replay without <c>--wait</c> never connects to Redis.</remarks>
public sealed class ReplayCommand(IServiceProvider services)
{
    private static readonly TimeSpan BrokerTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the replay and returns the exit code.</summary>
    public async Task<ExitCode> RunAsync(ReplayOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N");
        console.Out.WriteLine($"run id: {runId}");
        var status = services.GetRequiredService<StatusLine>();
        var bus = services.GetRequiredService<IBusControl>();
        if (await StartAsync(bus, status, cancellationToken) is { } unreachable)
            return unreachable;

        ReplayCounters total;
        try
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            using var publisher = new EventPublisher(bus, runId, configuration.GetValue("Ingestor:PublishWindow", EventPublisher.DefaultWindow),
                configuration.GetValue("Ingestor:EnvelopeSize", EventPublisher.BulkEnvelopeSize))
            {
                PublishTimeout = configuration.GetValue("Ingestor:PublishTimeout", EventPublisher.DefaultPublishTimeout),
            };
            total = await new ExportReplayer(publisher, status).ReplayAsync(options.From, cancellationToken);
        }
        catch (PublishFailedException error)
        {
            status.Error($"replay stopped: {error.Message}");
            return ExitCode.PublishFailed;
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        status.Complete(total.Describe(final: true));
        var replayed = total.Rejected > 0 ? ExitCode.Rejected : ExitCode.Ok;
        return options.Wait ? Worst(replayed, await WaitAsync(runId, total.Published, options, status, cancellationToken)) : replayed;
    }

    private static async Task<ExitCode?> StartAsync(IBusControl bus, StatusLine status, CancellationToken cancellationToken)
    {
        using var start = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        start.CancelAfter(BrokerTimeout);
        try
        {
            await bus.StartAsync(start.Token);
            return null;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            status.Error($"cannot reach RabbitMQ ({error.Message}); check ConnectionStrings__rabbitmq");
            return ExitCode.PublishFailed;
        }
    }

    private Task<ExitCode> WaitAsync(string runId, long published, ReplayOptions options, StatusLine status, CancellationToken cancellationToken) =>
        services.GetRequiredService<RunWait>().WaitAsync(runId, published, options.WaitTimeout, status, cancellationToken);

    private static ExitCode Worst(ExitCode first, ExitCode second) => (ExitCode)Math.Max((int)first, (int)second);
}
