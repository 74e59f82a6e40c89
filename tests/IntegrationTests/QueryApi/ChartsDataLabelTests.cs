using Microsoft.Extensions.Time.Testing;

namespace OmniCharts.IntegrationTests.QueryApi;

public class ChartsDataLabelTests
{
    [Fact]
    public async Task Rocketchat_7_11_labels_follow_the_configured_style_and_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string>
        {
            ["Charts:HourlyLabels"] = "rocketchat-7.11",
            ["RocketChat:ServerTimeZone"] = "America/New_York",
        };
        await using var api = await ChartsApi.WithManagerAsync(settings, clock);

        // January is EST; "today" (June) is EDT, so 7.11 labels each hour one later than it is.
        var (labels, _) = await api.ChartAsync("?start=2025-01-15&end=2025-01-15&chartName=Total_conversations");

        Assert.Equal("1AM-1AM", labels[0]);
        Assert.Equal("12AM-12AM", labels[23]);
    }
}
