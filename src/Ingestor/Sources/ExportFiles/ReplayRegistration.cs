using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Runs;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>Registers the <c>replay</c> command and the run waiter behind <c>--wait</c>.</summary>
public static class ReplayRegistration
{
    /// <summary>Adds <see cref="ReplayCommand"/> and <see cref="RunWaiter"/>.</summary>
    public static IHostApplicationBuilder AddReplay(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<RunProgressReader>();
        builder.Services.TryAddSingleton<RunWaiter>();
        builder.Services.TryAddSingleton<RunWait>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ReadModelStateStore>();
        builder.Services.AddSingleton<ReplayCommand>();
        return builder;
    }
}
