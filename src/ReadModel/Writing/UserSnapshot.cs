namespace OmniCharts.ReadModel.Writing;

/// <summary>What the charts endpoint needs of a user to authenticate and authorise it.</summary>
/// <param name="UserId">The user's <c>_id</c>.</param>
/// <param name="Version">The source version (positive).</param>
/// <param name="Roles">The user's roles.</param>
/// <param name="HashedLoginTokens">base64 SHA-256 of each login or personal access token.</param>
/// <param name="UtcOffsetHours">The user's <c>utcOffset</c>, or null when absent.</param>
public sealed record UserSnapshot(
    string UserId,
    long Version,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> HashedLoginTokens,
    double? UtcOffsetHours);
