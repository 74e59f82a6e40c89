using System.Globalization;

namespace OmniCharts.IntegrationTests.Ingestor.Service;

/// <summary>The samples of a Prometheus text exposition, by series (<c>name{labels}</c> as written).</summary>
internal static class PrometheusText
{
    public static async Task<IReadOnlyDictionary<string, double>> ScrapeAsync(HttpClient http)
    {
        var text = await http.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split(' '))
            .ToDictionary(parts => parts[0], parts => double.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
