namespace OmniCharts.Projector.Messaging;

/// <summary>The checks every consumer makes before it maps an event; each failure is a <see cref="MalformedEventException"/>.</summary>
public static class EventGuard
{
    /// <summary>The value of a required id, or the reason it is unusable.</summary>
    public static string Id(string? value, string eventName, string field) =>
        string.IsNullOrEmpty(value) ? throw new MalformedEventException($"{eventName}: {field} is empty.") : value;

    /// <summary>A source version; 0 is a document without <c>_updatedAt</c> (the oldest version), a negative one is malformed.</summary>
    public static long Version(long value, string eventName, string id) =>
        value >= 0 ? value : throw new MalformedEventException($"{eventName} {id}: SourceVersion {value} is negative.");

    /// <summary>A list that the serializer may have left null.</summary>
    public static IReadOnlyList<string> List(IReadOnlyList<string>? values, string eventName, string id, string field) =>
        values ?? throw new MalformedEventException($"{eventName} {id}: {field} is missing.");
}
