namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>What <see cref="RocketChatStandIn"/> received, as it echoes it back (and, for a websocket, the frame).</summary>
internal sealed record StandInEcho(
    string ServedBy, string Method, string Target, string? UserId, string? AuthToken, string? Cookie, string? Host,
    string? ForwardedFor, string? Body, string? Frame = null);
