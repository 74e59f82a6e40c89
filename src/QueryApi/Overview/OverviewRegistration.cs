using OmniCharts.QueryApi.Overview.Kept;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using OmniCharts.ReadModel.Reading.Agents;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Overview;

/// <summary>Registers the analytics overview's queries (they share the charts' bucket reader and settled-month cache).</summary>
public static class OverviewRegistration
{
    /// <summary>How many bytes of answers the QueryApi keeps when <c>Overview:KeptAnswerBytes</c> is not set: 32 MiB.</summary>
    public const long DefaultKeptAnswerBytes = 32L << 20;

    /// <summary>
    /// Adds the overview and agent-overview queries; needs the charts and pipeline registrations.
    /// <c>Overview:KeptAnswerBytes</c> bounds the answers kept under their months' versions (0 keeps none).
    /// </summary>
    public static IHostApplicationBuilder AddAnalyticsOverview(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new KeptAnswers(builder.Configuration.GetValue("Overview:KeptAnswerBytes", DefaultKeptAnswerBytes)));
        builder.Services.AddSingleton(services => new SlotSeriesReader(
            services.GetRequiredService<IConnectionMultiplexer>(), services.GetRequiredService<RedisKeySchema>(),
            services.GetRequiredService<SettledMonthCache>(), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(services => new AgentBucketReader(
            services.GetRequiredService<IConnectionMultiplexer>(), services.GetRequiredService<RedisKeySchema>(),
            services.GetRequiredService<SettledMonthCache>(), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<OverviewQuery>();
        builder.Services.AddSingleton<AgentOverviewQuery>();
        return builder;
    }
}
