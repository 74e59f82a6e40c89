using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Charts;

/// <summary>Registers the charts-data query.</summary>
public static class ChartsRegistration
{
    /// <summary>
    /// Adds the bucket reader, the query and the clock; <c>Charts:HourlyLabels</c> is <c>fixed</c> (default)
    /// or <c>rocketchat-7.11</c>, anything else stops the start-up.
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
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BucketReader>();
        builder.Services.AddSingleton<ChartDataQuery>();
        return builder;
    }
}
