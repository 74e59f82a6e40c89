namespace OmniCharts.Ingestor.Webhooks;

/// <summary>What a webhook payload asks of the service.</summary>
public enum PayloadKind
{
    /// <summary>A room changed: fetch it.</summary>
    RoomHint,

    /// <summary>A well-formed payload that changes nothing the charts read (offline message, lead capture, a type we do not know).</summary>
    Ignored,

    /// <summary>Not a Rocket.Chat Omnichannel payload: not a JSON object, no <c>type</c>, or a room event without a room id.</summary>
    Malformed,
}
