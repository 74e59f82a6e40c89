using System.Diagnostics;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary><c>baseline --from DIR --urls URL</c>: loads an export and serves the compute-on-request baseline.</summary>
public static class BaselineServer
{
    /// <summary>Runs until stopped; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var from = Option(args, "--from");
        var urls = Option(args, "--urls") ?? "http://127.0.0.1:5090";
        if (from is null || !Directory.Exists(from))
        {
            await Console.Error.WriteLineAsync("usage: baseline --from EXPORT_DIR [--urls http://127.0.0.1:5090]");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var data = RawExportLoader.Load(from);
        Console.WriteLine($"baseline: loaded {data.Rooms.Length} rooms, {data.MessageFlags.Values.Sum(f => f.Length)} messages in {watch.Elapsed.TotalSeconds:0.0} s");

        var builder = WebApplication.CreateSlimBuilder([]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        var charts = new BaselineCharts(data);
        var callers = new BaselineCallers(data.Callers, data.ManagerRoles);
        app.MapBaselineCharts(callers, (chart, department, plan) => Task.FromResult(charts.Totals(chart, department, plan)));
        var overview = new BaselineOverview(data);
        app.MapBaselineOverview(callers, (name, department, range) => Task.FromResult(overview.Body(name, department, range)));
        app.MapGet("/health/ready", () => Results.Ok());
        await app.RunAsync();
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
