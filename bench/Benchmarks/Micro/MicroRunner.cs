using BenchmarkDotNet.Running;

namespace OmniCharts.Benchmarks.Micro;

/// <summary><c>micro --artifacts DIR [BenchmarkDotNet arguments, e.g. --filter *Planner*]</c>.</summary>
public static class MicroRunner
{
    /// <summary>Runs the selected micro-benchmarks (all by default); returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var artifacts = Baseline.BaselineServer.Option(args, "--artifacts") ?? Path.Combine("bench", "out", "micro");
        var rest = args.Where((_, i) => args[i] != "--artifacts" && (i == 0 || args[i - 1] != "--artifacts")).ToArray();
        if (!rest.Contains("--filter"))
            rest = [.. rest, "--filter", "*"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroRunner).Assembly).Run(rest, MicroConfig.Create(artifacts));
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
