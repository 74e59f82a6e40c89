namespace OmniCharts.Benchmarks.Baseline;

/// <summary>A user as the baseline authenticates it.</summary>
/// <param name="HashedTokens">base64(SHA-256(token)) of each login token.</param>
/// <param name="Roles">The user's roles.</param>
public sealed record RawUser(IReadOnlySet<string> HashedTokens, IReadOnlyList<string> Roles);
