using Microsoft.Extensions.Configuration;
using OmniCharts.Projector.Messaging;

namespace OmniCharts.UnitTests.Projector;

public sealed class BatchSettingsTests
{
    [Fact]
    public void Defaults_are_100_events_4_batches_20_ms_and_room_for_two_rounds_of_batches()
    {
        var settings = BatchSettings.From(new ConfigurationBuilder().Build());

        Assert.Equal(new BatchSettings(100, 4, TimeSpan.FromMilliseconds(20), 800), settings);
    }

    [Fact]
    public void Each_setting_can_be_overridden_and_the_prefetch_follows_the_batch_shape()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Projector:BatchSize"] = "50",
            ["Projector:BatchConcurrency"] = "2",
            ["Projector:BatchTimeLimitMs"] = "5",
        }).Build();

        Assert.Equal(new BatchSettings(50, 2, TimeSpan.FromMilliseconds(5), 200), BatchSettings.From(configuration));
    }

    [Fact]
    public void Prefetch_can_be_set_on_its_own()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Projector:PrefetchCount"] = "1000",
        }).Build();

        Assert.Equal(1000, BatchSettings.From(configuration).PrefetchCount);
    }
}
