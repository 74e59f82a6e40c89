using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OmniCharts.Ingestor.Builds;
using OmniCharts.Ingestor.Service;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor.Backfill;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Generations;

namespace OmniCharts.IntegrationTests.Ingestor.Builds;

/// <summary><c>serve</c> notices an empty read model within seconds and backfills it from MongoDB (held in memory here), then marks it complete.</summary>
public sealed class SelfHealingTests(ReplayedHistory history) : IClassFixture<ReplayedHistory>
{
    [Fact]
    public async Task An_empty_read_model_is_backfilled_and_marked_complete_and_again_after_Redis_lost_everything()
    {
        await using var projector = await ProjectorUnderTest.StartAsync();
        var state = new ReadModelStateStore(TestRedis.Connection, projector.Redis.Keys, TimeProvider.System);
        await using var serve = await StartServeAsync(projector);

        await ProjectorUnderTest.EventuallyAsync(async () => (await state.ReadAsync()).IsReady, "the read model healed", TimeSpan.FromSeconds(60));
        Assert.StartsWith("serve: backfill from mongodb://in-memory.invalid:27017/rocketchat", (await state.ReadAsync()).LiveInfo!.Source, StringComparison.Ordinal);
        Assert.Equal(history.ReadModel, ReplayedHistory.Normalized(await projector.Redis.DumpAsync(), projector.Redis.Prefix));

        // Redis restarted without its data: every key, the state included, is gone.
        await RedisKeyspace.DeleteAsync(projector.Redis.Prefix, keepState: false);
        await ProjectorUnderTest.EventuallyAsync(async () => (await state.ReadAsync()).IsReady, "the read model healed again", TimeSpan.FromSeconds(60));

        Assert.Equal(2, serve.Services.GetRequiredService<SelfHealing>().Completed);
        Assert.Equal(history.ReadModel, ReplayedHistory.Normalized(await projector.Redis.DumpAsync(), projector.Redis.Prefix));
    }

    [Fact]
    public async Task A_complete_read_model_is_left_alone()
    {
        await using var projector = await ProjectorUnderTest.StartAsync();
        await QueryApiHost.MarkReadyAsync(projector.Redis.Prefix);
        var before = await WithoutCheckpointsAsync(projector);
        await using var serve = await StartServeAsync(projector);

        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(0, serve.Services.GetRequiredService<SelfHealing>().Completed);
        Assert.Equal(before, await WithoutCheckpointsAsync(projector));
    }

    // The poll seeds its checkpoints at start and serve counts its run; everything else, the state included, must stay as it was.
    private static async Task<string> WithoutCheckpointsAsync(ProjectorUnderTest projector) =>
        string.Join('\n', (await projector.Redis.DumpAsync()).Split('\n').Where(line => !line.Contains(":checkpoint:", StringComparison.Ordinal) && !line.Contains(":run:", StringComparison.Ordinal)));

    private async Task<WebApplication> StartServeAsync(ProjectorUnderTest projector)
    {
        var configuration = TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix);
        configuration["ConnectionStrings:mongodb"] = BackfillInvocation.AnyMongo;
        configuration["Ingestor:Mode"] = "polling";
        configuration["Ingestor:Poll:Interval"] = "01:00:00";
        configuration["Ingestor:SelfHeal:Interval"] = "00:00:00.200";
        configuration["Ingestor:SelfHeal:Rate"] = "0";
        var app = IngestorService.Build(["--urls", "http://127.0.0.1:0"], configuration,
            services => services.Replace(ServiceDescriptor.Singleton<IBackfillSources>(new InMemoryBackfillSource(history.Documents))));
        await app.StartAsync();
        return app;
    }
}
