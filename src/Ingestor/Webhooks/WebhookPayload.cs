using System.Text.Json;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>
/// Reads Rocket.Chat's Omnichannel webhook payloads (<c>sendToCRM</c>): only <c>type</c> and the room id
/// <c>_id</c> matter, because a payload is a hint to fetch the room, never data to count.
/// </summary>
public static class WebhookPayload
{
    // Every payload that describes a room carries the room's id as `_id` (getLivechatRoomGuestInfo); a `Message`
    // payload too, its messages being in `messages`. `LivechatEdit` is sent when a closed room's info is saved.
    private static readonly HashSet<string> RoomTypes = new(StringComparer.Ordinal)
    {
        "LivechatSessionStart", "LivechatSessionQueued", "LivechatSessionTaken", "LivechatSessionForwarded",
        "LivechatSession", "LivechatEdit", "Message",
    };

    // Known types that change nothing the charts read: an offline message has no room, a lead capture
    // only copies visitor fields (its message arrives as its own `Message` payload).
    private static readonly HashSet<string> IgnoredTypes = new(StringComparer.Ordinal) { "LivechatOfflineMessage", "LeadCapture" };

    /// <summary>Reads a request body.</summary>
    public static async Task<PayloadReading> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return Read(document.RootElement);
        }
        catch (JsonException error)
        {
            return PayloadReading.Malformed(null, $"the body is not JSON: {error.Message}");
        }
    }

    /// <summary>Reads a parsed body.</summary>
    public static PayloadReading Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return PayloadReading.Malformed(null, $"the body is a JSON {root.ValueKind}, not an object");
        if (!root.TryGetProperty("type", out var typeValue) || typeValue.ValueKind != JsonValueKind.String)
            return PayloadReading.Malformed(null, "the body has no string 'type'");
        var type = typeValue.GetString()!;
        if (IgnoredTypes.Contains(type))
            return PayloadReading.Ignore(type, $"'{type}' changes nothing the charts read");
        // A newer Rocket.Chat may send types we do not know; refusing them would only fill its logs with errors.
        if (!RoomTypes.Contains(type))
            return PayloadReading.Ignore(type, $"'{type}' is not a room event this service knows");
        if (!root.TryGetProperty("_id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
            return PayloadReading.Malformed(type, $"'{type}' has no room id '_id'");
        return PayloadReading.Hint(type, id.GetString()!);
    }
}
