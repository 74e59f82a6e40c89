using MongoDB.Bson;
using OmniCharts.Contracts;

namespace OmniCharts.Ingestor.Documents;

/// <summary><c>rocketchat_permissions</c> → <see cref="PermissionChanged"/>.</summary>
internal static class PermissionMapping
{
    public static PermissionChanged Map(BsonDocument permission) => new(
        BsonFields.Id(permission),
        BsonFields.UpdatedAt(permission),
        BsonFields.StringArray(permission, "roles"));
}
