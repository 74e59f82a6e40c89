namespace OmniCharts.QueryApi.Auth;

/// <summary>An authenticated Rocket.Chat user.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="UtcOffset">The user's <c>utcOffset</c> as synced (hours, east positive), or null.</param>
public sealed record Caller(string UserId, string? UtcOffset);
