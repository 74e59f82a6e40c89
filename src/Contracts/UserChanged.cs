using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>The parts of a <c>users</c> document that the charts endpoint needs to authenticate and authorise a caller.</summary>
/// <param name="UserId">The user's <c>_id</c>.</param>
/// <param name="SourceVersion">The document's <c>_updatedAt</c> in Unix milliseconds; 0 when it has none (the oldest version).</param>
/// <param name="Roles">The user's <c>roles</c>.</param>
/// <param name="HashedLoginTokens">Every <c>services.resume.loginTokens[].hashedToken</c> (base64 SHA-256 of a login or personal access token).</param>
/// <param name="UtcOffsetHours">The user's <c>utcOffset</c> in hours east of UTC, or null when absent.</param>
[MessageUrn("omnicharts:user-changed:v1")]
[EntityName("omnicharts.user-changed")]
public sealed record UserChanged(
    string UserId,
    long SourceVersion,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> HashedLoginTokens,
    double? UtcOffsetHours);
