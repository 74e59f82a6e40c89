using OmniCharts.ReadModel.Reading.Agents;

namespace OmniCharts.QueryApi.Overview;

/// <summary>Registers the analytics overview's queries (they share the charts' bucket reader and its settled-month cache).</summary>
public static class OverviewRegistration
{
    /// <summary>Adds the overview and agent-overview queries; needs the charts and pipeline registrations.</summary>
    public static IHostApplicationBuilder AddAnalyticsOverview(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DataMonths>();
        builder.Services.AddSingleton<AgentBucketReader>();
        builder.Services.AddSingleton<OverviewQuery>();
        builder.Services.AddSingleton<AgentOverviewQuery>();
        return builder;
    }
}
