using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using OmniCharts.ReadModel.Reading.Agents;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Overview;

/// <summary>Registers the analytics overview's queries (they share the charts' bucket reader and settled-month cache).</summary>
public static class OverviewRegistration
{
    /// <summary>Adds the overview and agent-overview queries; needs the charts and pipeline registrations.</summary>
    public static IHostApplicationBuilder AddAnalyticsOverview(this IHostApplicationBuilder builder)
    {
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
