using System.Net;

namespace OmniCharts.IntegrationTests.QueryApi;

public class HealthEndpointsTests
{
    [Fact]
    public async Task Live_and_ready_are_200_when_redis_answers()
    {
        await using var api = new ChartsApi();

        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Ready_is_503_when_redis_does_not_answer()
    {
        // Port 1 on loopback refuses connections; short timeouts keep the probe quick.
        var settings = new Dictionary<string, string> { ["ConnectionStrings:redis"] = "127.0.0.1:1,connectTimeout=300,asyncTimeout=300" };
        await using var api = new ChartsApi(settings);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Charts_answer_503_in_rocketchats_shape_when_redis_does_not_answer()
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings:redis"] = "127.0.0.1:1,connectTimeout=300,asyncTimeout=300" };
        await using var api = new ChartsApi(settings);

        using var response = await api.GetAsync("?start=2025-10-01&end=2025-10-02&chartName=Total_messages");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("""{"success":false,"error":""", await response.Content.ReadAsStringAsync());
    }
}
