using System.Net;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary>Every answer of the QueryApi says it is OmniCharts', whatever its status.</summary>
public sealed class ServedByHeaderTests
{
    [Theory]
    [InlineData("?chartName=Total_conversations&start=2026-03-01&end=2026-03-07", ChartsApi.ManagerId, ChartsApi.ManagerToken, HttpStatusCode.OK)]
    [InlineData("?chartName=Total_conversations&start=2026-03-01&end=2026-03-07", null, null, HttpStatusCode.Unauthorized)]
    [InlineData("?chartName=Total_conversations&start=2026-03-01", ChartsApi.ManagerId, ChartsApi.ManagerToken, HttpStatusCode.BadRequest)]
    public async Task Charts_data_answers_carry_the_header(string query, string? userId, string? token, HttpStatusCode expected)
    {
        await using var api = await ChartsApi.WithManagerAsync();

        using var response = await api.GetAsync(query, userId, token);

        Assert.Equal(expected, response.StatusCode);
        ServedByAssert.OmniCharts(response);
    }

    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    [InlineData("/metrics", HttpStatusCode.OK)]
    [InlineData("/api/v1/no-such-endpoint", HttpStatusCode.NotFound)]
    public async Task Other_answers_carry_the_header(string path, HttpStatusCode expected)
    {
        await using var api = new ChartsApi();

        using var response = await api.Client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        ServedByAssert.OmniCharts(response);
    }
}
