using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// Short in-process runs: the harness must finish in minutes on a shared 2-core machine, and an in-process
/// toolchain avoids BenchmarkDotNet generating and building a second project against central package versions.
/// </summary>
public static class MicroConfig
{
    /// <summary>The configuration every micro-benchmark runs under, writing its reports to <paramref name="artifacts"/>.</summary>
    public static IConfig Create(string artifacts) => ManualConfig.CreateMinimumViable()
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .WithArtifactsPath(artifacts)
        .WithOptions(ConfigOptions.DisableLogFile);
}
