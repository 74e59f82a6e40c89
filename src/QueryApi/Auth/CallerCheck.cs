namespace OmniCharts.QueryApi.Auth;

/// <summary>The outcome of authenticating and authorizing a request.</summary>
/// <param name="Status">What the request proved.</param>
/// <param name="Caller">The user, when authenticated.</param>
public sealed record CallerCheck(CallerStatus Status, Caller? Caller);
