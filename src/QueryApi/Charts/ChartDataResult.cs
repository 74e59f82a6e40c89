using Microsoft.AspNetCore.Http.Metadata;

namespace OmniCharts.QueryApi.Charts;

/// <summary>The 200 answer: <c>{"chartLabel","dataLabels","dataPoints","success":true}</c>, in that key order.</summary>
public sealed class ChartDataResult(string chartLabel, IReadOnlyList<string> labels, IReadOnlyList<double> points)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => "application/json";

    /// <summary>The body. Numbers print in the shortest form that round-trips (<c>3</c>, <c>12.5</c>), like JavaScript.</summary>
    public byte[] Body() => RocketChatJson.Serialize(writer =>
    {
        writer.WriteString("chartLabel", chartLabel);
        writer.WriteStartArray("dataLabels");
        foreach (var label in labels)
            writer.WriteStringValue(label);
        writer.WriteEndArray();
        writer.WriteStartArray("dataPoints");
        foreach (var point in points)
            ChartNumberWriter.Write(writer, point);
        writer.WriteEndArray();
        writer.WriteBoolean("success", true);
    });

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => RocketChatJson.WriteAsync(httpContext, StatusCodes.Status200OK, Body());
}
