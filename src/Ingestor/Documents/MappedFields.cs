namespace OmniCharts.Ingestor.Documents;

/// <summary>
/// The fields a MongoDB query (backfill, poll) asks for: exactly what <see cref="DocumentMapper"/> reads (and
/// <c>msgs</c>, for the backfill's progress estimate). Less to send from the secondary, a team room's last message
/// stays there, and users' password hashes never leave it.
/// </summary>
public static class MappedFields
{
    /// <summary>The dotted paths to include for <paramref name="collection"/>; <c>_id</c> always comes along.</summary>
    public static IReadOnlyList<string> Of(RocketChatCollection collection) => collection switch
    {
        RocketChatCollection.Settings => ["_updatedAt", "value"],
        RocketChatCollection.Permissions => ["_updatedAt", "roles"],
        RocketChatCollection.Users => ["_updatedAt", "roles", "utcOffset", "services.resume.loginTokens.hashedToken"],
        RocketChatCollection.Rooms => ["_updatedAt", "t", "ts", "departmentId", "metrics", "msgs", "onHold", "servedBy.username", "responseBy.username"],
        RocketChatCollection.Messages => ["_updatedAt", "rid", "t", "token", "ts"],
        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection, null),
    };
}
