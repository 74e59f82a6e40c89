using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Charts;

/// <summary>Registers the charts-data query.</summary>
public static class ChartsRegistration
{
    /// <summary>How many settled month hashes the QueryApi keeps when <c>Charts:SettledMonthCache</c> is not set.</summary>
    public const int DefaultSettledMonthCache = 50_000;

    /// <summary>
    /// Adds the bucket reader, the query and the clock; <c>Charts:HourlyLabels</c> is <c>fixed</c> (default)
    /// or <c>rocketchat-7.11</c>, anything else stops the start-up; <c>Charts:SettledMonthCache</c> is how many
    /// month hashes of settled months the reader keeps (0 keeps none).
    /// </summary>
    public static IHostApplicationBuilder AddCharts(this IHostApplicationBuilder builder)
    {
        var style = builder.Configuration["Charts:HourlyLabels"] switch
        {
            null or "" or "fixed" => HourlyLabelStyle.Fixed,
            "rocketchat-7.11" => HourlyLabelStyle.RocketChat711,
            var other => throw new InvalidOperationException($"Charts:HourlyLabels '{other}' is neither 'fixed' nor 'rocketchat-7.11'."),
        };
        builder.Services.AddSingleton(new ChartsSettings(style));
        var capacity = builder.Configuration.GetValue("Charts:SettledMonthCache", DefaultSettledMonthCache);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new SettledMonthCache(capacity));
        builder.Services.AddSingleton(services => new BucketReader(
            services.GetRequiredService<IConnectionMultiplexer>(), services.GetRequiredService<RedisKeySchema>(),
            services.GetRequiredService<SettledMonthCache>(), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ChartDataQuery>();
        return builder;
    }
}
