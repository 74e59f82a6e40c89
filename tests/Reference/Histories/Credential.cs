namespace OmniCharts.Reference.Histories;

/// <summary>A caller of a generated history: the <c>X-User-Id</c> and <c>X-Auth-Token</c> to send.</summary>
public sealed record Credential(string UserId, string Token);
