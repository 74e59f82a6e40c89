using System.Text.Json;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.UnitTests.Reference;

/// <summary>A 200 answer's labels and points, read back from its exact body.</summary>
internal sealed record ParsedChart(IReadOnlyList<string> Labels, IReadOnlyList<double> Points)
{
    public static ParsedChart From(ChartAnswer answer)
    {
        Assert.Equal(200, answer.Status);
        using var json = JsonDocument.Parse(answer.Body);
        return new ParsedChart(
            [.. json.RootElement.GetProperty("dataLabels").EnumerateArray().Select(e => e.GetString()!)],
            [.. json.RootElement.GetProperty("dataPoints").EnumerateArray().Select(e => e.GetDouble())]);
    }
}
