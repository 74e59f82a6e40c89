using System.Net;

namespace OmniCharts.IntegrationTests.QueryApi;

public class ChartsDataValidationTests
{
    [Theory]
    [InlineData("", "must have required property 'start'")]
    [InlineData("?start=2025-10-01&chartName=Total_messages", "must have required property 'end'")]
    [InlineData("?start=2025-10-01&end=2025-10-02", "must have required property 'chartName'")]
    [InlineData("?start=2025-10-01&end=2025-10-02&chartName=Total_messages&count=10", "must NOT have additional properties")]
    [InlineData("?start=2026-02-30&end=2026-03-02&chartName=Total_messages", "must match format \\\"date\\\"")]
    [InlineData("?start=2025-10-01&end=2025-10-02&chartName=Total_Messages", "must be equal to one of the allowed values")]
    public async Task Bad_queries_are_400_with_rocketchats_body(string query, string error)
    {
        await using var api = await ChartsApi.WithManagerAsync();

        using var response = await api.GetAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($$"""{"success":false,"error":"{{error}} [invalid-params]","errorType":"invalid-params"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_documented_doubled_path_answers_the_same()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        const string query = "?start=2025-10-01&end=2025-10-02&chartName=Total_messages";

        using var real = await api.GetAsync(query);
        using var documented = await api.GetAsync(query, path: "/api/v1/livechat/livechat/analytics/dashboards/charts-data");

        Assert.Equal(HttpStatusCode.OK, documented.StatusCode);
        Assert.Equal(await real.Content.ReadAsStringAsync(), await documented.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_success_body_has_its_keys_in_rocketchats_order()
    {
        await using var api = await ChartsApi.WithManagerAsync();

        using var response = await api.GetAsync("?start=2025-10-01&end=2025-10-02&chartName=Total_messages");

        Assert.Equal("""{"chartLabel":"Total_messages","dataLabels":["10/1","10/2"],"dataPoints":[0,0],"success":true}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
