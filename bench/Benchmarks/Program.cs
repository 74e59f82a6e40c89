using System.Globalization;
using OmniCharts.Benchmarks.Baseline;
using OmniCharts.Benchmarks.Churn;
using OmniCharts.Benchmarks.DatabaseBaseline;
using OmniCharts.Benchmarks.Keyspace;
using OmniCharts.Benchmarks.Micro;
using OmniCharts.ReadModel.Hosting;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks;

/// <summary>The harness's commands; <c>scripts/bench.sh</c> drives them.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var prefix = BaselineServer.Option(args, "--prefix") ?? "";
        return args.FirstOrDefault() switch
        {
            "baseline" => await BaselineServer.RunAsync(args),
            "baseline-db" => await DatabaseBaselineServer.RunAsync(args),
            "baseline-db-load" => await DocumentLoader.RunAsync(BaselineServer.Option(args, "--from") ?? ".", BaselineServer.Option(args, "--pg") ?? ""),
            "keyspace-memory" => await WithRedis(redis => KeyspaceMemory.RunAsync(redis, prefix)),
            "keyspace-clean" => await WithRedis(redis => KeyspaceCleaner.RunAsync(redis, prefix)),
            "synthetic-fill" => await WithRedis(redis => SyntheticFill.RunAsync(redis, prefix, int.Parse(BaselineServer.Option(args, "--rooms") ?? "20000", CultureInfo.InvariantCulture))),
            "churn" => await WithRedis(redis => ReadModelChurn.RunAsync(
                redis, prefix, double.Parse(BaselineServer.Option(args, "--rate") ?? "20", CultureInfo.InvariantCulture),
                double.Parse(BaselineServer.Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(BaselineServer.Option(args, "--day") ?? "2026-12-31", "yyyy-MM-dd", CultureInfo.InvariantCulture),
                BaselineServer.Option(args, "--department"))),
            "micro" => MicroRunner.Run(args[1..]),
            _ => Usage(),
        };
    }

    private static async Task<int> WithRedis(Func<IConnectionMultiplexer, Task<int>> command)
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__redis");
        using var redis = await ConnectionMultiplexer.ConnectAsync(string.IsNullOrWhiteSpace(configured) ? ReadModelRegistration.DefaultRedis : configured);
        return await command(redis);
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Benchmarks baseline --from DIR [--urls URL] | baseline-db-load --from DIR --pg CONNECTION | baseline-db --from DIR --pg CONNECTION [--urls URL] | keyspace-memory --prefix P | keyspace-clean --prefix P | synthetic-fill --prefix P [--rooms N] | churn --prefix P --rate N --seconds S --day yyyy-MM-dd [--department D] | micro [--artifacts DIR] [--filter PATTERN]");
        return 2;
    }
}
