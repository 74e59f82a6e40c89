using Microsoft.Extensions.Configuration;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

namespace OmniCharts.UnitTests.Ingestor.Sources.MongoDb.ChangeStreams;

public sealed class LiveOptionsTests
{
    [Fact]
    public void Settings_under_Ingestor_override_the_defaults_and_the_rest_stay()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingestor:Mode"] = "Polling",
            ["Ingestor:Poll:Interval"] = "00:00:02",
            ["Ingestor:Reconcile:Cron"] = "off",
            ["Ingestor:Reconcile:MessageWindow"] = "02:00:00",
        }).Build();

        var options = LiveOptions.From(configuration);

        Assert.Equal(new LiveOptions
        {
            Mode = LiveMode.Polling,
            PollInterval = TimeSpan.FromSeconds(2),
            ReconcileCron = "off",
            ReconcileMessageWindow = TimeSpan.FromHours(2),
        }, options);
        Assert.False(options.ReconcileEnabled);
    }

    [Fact]
    public void Without_settings_the_defaults_hold()
    {
        var options = LiveOptions.From(new ConfigurationBuilder().Build());

        Assert.Equal((LiveMode.Auto, TimeSpan.FromSeconds(5), "0 7 * * * ?", true),
            (options.Mode, options.PollInterval, options.ReconcileCron, options.ReconcileEnabled));
    }
}
