using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OmniCharts.QueryApi.Health;

/// <summary>The readiness answer: the overall status and each check's status and description, so an operator reads why it is not ready.</summary>
public static class ReadinessBody
{
    /// <summary>Writes <c>{"status":…,"checks":{"redis":{"status":…,"description":…},…}}</c>.</summary>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status.ToString());
            writer.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                writer.WriteStartObject(name);
                writer.WriteString("status", entry.Status.ToString());
                writer.WriteString("description", entry.Description ?? entry.Exception?.Message ?? "");
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        await context.Response.Body.WriteAsync(buffer.ToArray());
    }
}
