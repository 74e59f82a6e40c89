using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>A <c>users</c> document was removed: its tokens stop working.</summary>
/// <param name="UserId">The user's <c>_id</c>.</param>
/// <param name="SourceVersion">When the deletion happened, in Unix milliseconds.</param>
[MessageUrn("omnicharts:user-deleted:v1")]
[EntityName("omnicharts.user-deleted")]
public sealed record UserDeleted(string UserId, long SourceVersion);
