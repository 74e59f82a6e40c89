namespace OmniCharts.ReadModel.Keys;

/// <summary>The fields of the <c>user:{uid}</c>, <c>perm:{id}</c> and <c>setting:{id}</c> hashes.</summary>
public static class DirectoryField
{
    /// <summary>The applied document version (<c>_updatedAt</c>, Unix ms), in all three hashes.</summary>
    public const string Version = "v";

    /// <summary>1 once the user was deleted.</summary>
    public const string Deleted = "del";

    /// <summary>A user's or a permission's roles, newline-separated.</summary>
    public const string Roles = "roles";

    /// <summary>A user's <c>utcOffset</c> in hours.</summary>
    public const string UtcOffset = "off";

    /// <summary>A setting's value as text.</summary>
    public const string Value = "val";
}
