namespace OmniCharts.ReadModel.Keys;

/// <summary>
/// Which rooms a bucket series adds up: every Omnichannel room, or those whose current
/// <c>departmentId</c> is one value. Every room is in <c>all</c>; a room with a department is also in its own.
/// </summary>
public readonly record struct SeriesScope
{
    private SeriesScope(string keyPart) => KeyPart = keyPart;

    /// <summary>The scope's segment in a key: <c>all</c> or <c>dep:{id}</c>.</summary>
    public string KeyPart { get; }

    /// <summary>Every Omnichannel room, with or without a department.</summary>
    public static SeriesScope AllRooms { get; } = new("all");

    /// <summary>The rooms whose current department is <paramref name="departmentId"/>.</summary>
    public static SeriesScope Department(string departmentId) => new("dep:" + departmentId);

    /// <inheritdoc />
    public override string ToString() => KeyPart;
}
