using System.Text.Encodings.Web;
using System.Text.Json;

namespace OmniCharts.QueryApi.Charts;

/// <summary>Writes a body the way Rocket.Chat's REST API does: compact JSON, keys in order, never cached.</summary>
internal static class RocketChatJson
{
    // Like JSON.stringify: quotes in messages ('start') stay as they are instead of becoming \u0027.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(Action<Utf8JsonWriter> writeObject)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writeObject(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static Task WriteAsync(HttpContext context, int statusCode, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.Headers.CacheControl = "no-store";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
