using MongoDB.Bson;

namespace OmniCharts.Ingestor.Documents;

/// <summary>
/// Maps Rocket.Chat documents to contract events. Pure: no I/O, no state, so export files, a MongoDB
/// backfill and change streams can share it.
/// </summary>
public static class DocumentMapper
{
    /// <summary>Maps <paramref name="document"/> of <paramref name="collection"/> to an event, or says why not.</summary>
    public static DocumentOutcome Map(RocketChatCollection collection, BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            var outcome = collection switch
            {
                RocketChatCollection.Rooms => RoomMapping.Map(document),
                RocketChatCollection.Messages => DocumentOutcome.Publish(MessageMapping.Map(document)),
                RocketChatCollection.Users => DocumentOutcome.Publish(UserMapping.Map(document)),
                RocketChatCollection.Permissions => DocumentOutcome.Publish(PermissionMapping.Map(document)),
                RocketChatCollection.Settings => DocumentOutcome.Publish(SettingMapping.Map(document)),
                _ => throw new ArgumentOutOfRangeException(nameof(collection), collection, null),
            };
            return outcome.Kind == OutcomeKind.Publish && BsonFields.IsUnversioned(document) ? outcome with { Unversioned = true } : outcome;
        }
        catch (DocumentRejectedException rejected)
        {
            return DocumentOutcome.Reject(rejected.Message);
        }
    }
}
