using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>A <c>rocketchat_permissions</c> document: which roles hold a permission.</summary>
/// <param name="PermissionId">The permission's <c>_id</c>, e.g. <c>view-livechat-manager</c>.</param>
/// <param name="SourceVersion">The document's <c>_updatedAt</c> in Unix milliseconds; 0 when it has none (the oldest version).</param>
/// <param name="Roles">The permission's <c>roles</c>.</param>
[MessageUrn("omnicharts:permission-changed:v1")]
[EntityName("omnicharts.permission-changed")]
public sealed record PermissionChanged(string PermissionId, long SourceVersion, IReadOnlyList<string> Roles);
