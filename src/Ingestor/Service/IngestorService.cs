using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Builds;
using OmniCharts.Ingestor.Jobs;
using OmniCharts.Ingestor.Messaging;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using OmniCharts.Ingestor.Webhooks;
using OmniCharts.ReadModel.Hosting;

namespace OmniCharts.Ingestor.Service;

/// <summary>
/// <c>Ingestor serve</c>: the long-running Ingestor that keeps the read model in step with Rocket.Chat's
/// database. Each feature registers itself here with one <c>Add…</c>/<c>Map…</c> pair.
/// </summary>
public static class IngestorService
{
    /// <summary>Where the service listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5081";

    /// <summary>Builds and runs the service until it is stopped; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// Builds the service; tests pass their own configuration on top of <paramref name="args"/>, and may replace
    /// services (e.g. an in-memory MongoDB reader) in <paramref name="configureServices"/>, which runs last.
    /// </summary>
    public static WebApplication Build(
        string[] args, IReadOnlyDictionary<string, string?>? configuration = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.AddIngestorBus();
        builder.AddReadModelRedis();
        builder.AddRocketChatMongo();
        builder.AddIngestionStatus();
        builder.AddIngestionMetrics();
        builder.AddRocketChatWebhooks();
        builder.AddServiceHealth();
        builder.AddMongoLiveTail();
        builder.AddLiveJobs();
        builder.AddSelfHealing();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapServiceHealth();
        app.MapIngestionMetrics();
        app.MapRocketChatWebhooks();
        return app;
    }
}
