using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>A <c>rocketchat_settings</c> document, e.g. <c>Default_Timezone_For_Reporting</c>.</summary>
/// <param name="SettingId">The setting's <c>_id</c>.</param>
/// <param name="SourceVersion">The document's <c>_updatedAt</c> in Unix milliseconds; 0 when it has none (the oldest version).</param>
/// <param name="Value">The setting's <c>value</c> as text (booleans and numbers in their JSON spelling), or null.</param>
[MessageUrn("omnicharts:setting-changed:v1")]
[EntityName("omnicharts.setting-changed")]
public sealed record SettingChanged(string SettingId, long SourceVersion, string? Value);
