using OmniCharts.QueryApi.Observability;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary>Whether an answer is the QueryApi's, as an operator checks it.</summary>
internal static class ServedByAssert
{
    /// <summary>The answer carries <c>X-Served-By: OmniCharts</c>, once.</summary>
    public static void OmniCharts(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues(ServedByHeader.Name, out var values), $"no {ServedByHeader.Name}: not the QueryApi's answer");
        Assert.Equal([ServedByHeader.Value], values);
    }
}
