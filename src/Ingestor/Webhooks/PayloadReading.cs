namespace OmniCharts.Ingestor.Webhooks;

/// <summary>What <see cref="WebhookPayload"/> read from one request body.</summary>
/// <param name="Kind">Hint, ignored or malformed.</param>
/// <param name="Type">The payload's <c>type</c>, when it has one.</param>
/// <param name="RoomId">The room to fetch, for a hint.</param>
/// <param name="Reason">Why it is ignored or malformed.</param>
public sealed record PayloadReading(PayloadKind Kind, string? Type, string? RoomId, string? Reason)
{
    /// <summary>Fetch <paramref name="roomId"/>.</summary>
    public static PayloadReading Hint(string type, string roomId) => new(PayloadKind.RoomHint, type, roomId, null);

    /// <summary>Answer 200 and do nothing.</summary>
    public static PayloadReading Ignore(string? type, string reason) => new(PayloadKind.Ignored, type, null, reason);

    /// <summary>Answer 400.</summary>
    public static PayloadReading Malformed(string? type, string reason) => new(PayloadKind.Malformed, type, null, reason);
}
