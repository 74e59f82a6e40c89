using Npgsql;
using OmniCharts.Benchmarks.Baseline;

namespace OmniCharts.Benchmarks.DatabaseBaseline;

/// <summary>
/// <c>baseline-db --from DIR --pg CONNECTION [--urls URL]</c>: serves the database baseline, the export's users
/// and permission in memory (as the in-process baseline does) and the rooms and messages from PostgreSQL.
/// </summary>
public static class DatabaseBaselineServer
{
    /// <summary>Runs until stopped; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var from = BaselineServer.Option(args, "--from");
        var connection = BaselineServer.Option(args, "--pg");
        var urls = BaselineServer.Option(args, "--urls") ?? "http://127.0.0.1:5091";
        if (from is null || !Directory.Exists(from) || connection is null)
        {
            await Console.Error.WriteLineAsync("usage: baseline-db --from EXPORT_DIR --pg CONNECTION [--urls http://127.0.0.1:5091]");
            return 2;
        }

        await using var database = NpgsqlDataSource.Create(connection);
        var charts = new DatabaseCharts(database);
        var builder = WebApplication.CreateSlimBuilder([]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        var callers = RawExportLoader.LoadCallers(from);
        app.MapBaselineCharts(callers, charts.TotalsAsync);
        app.MapBaselineOverview(callers, new DatabaseOverview(database).BodyAsync);
        app.MapGet("/health/ready", () => Results.Ok());
        await app.RunAsync();
        return 0;
    }
}
