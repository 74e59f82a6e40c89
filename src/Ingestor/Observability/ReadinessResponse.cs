using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OmniCharts.Ingestor.Observability;

/// <summary>Writes <c>/health/ready</c>'s JSON body: the checks and the ingestion figures.</summary>
public static class ReadinessResponse
{
    /// <summary>The body's JSON form: camelCase, enums as text.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // Descriptions quote names ('rocketchat'); the body is read by people and probes, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>A <c>HealthCheckOptions.ResponseWriter</c>.</summary>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var figures = await context.RequestServices.GetRequiredService<IngestionFiguresReader>().ReadAsync();
        var checks = report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new ReadinessCheck(entry.Value.Status.ToString(), entry.Value.Description),
            StringComparer.Ordinal);
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new ReadinessBody(report.Status.ToString(), checks, figures), Json);
    }
}
