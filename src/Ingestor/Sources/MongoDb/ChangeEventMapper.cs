using MongoDB.Bson;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb;

/// <summary>
/// Maps a MongoDB change event (opened with <c>fullDocument: updateLookup</c> and, where the collection has
/// pre-images, <c>fullDocumentBeforeChange: whenAvailable</c>) to a contract event. Pure, like
/// <see cref="DocumentMapper"/>, which it uses for every insert, update and replace: an update is published
/// as the whole document it left behind, never as a delta.
/// </summary>
public static class ChangeEventMapper
{
    /// <summary>Maps <paramref name="changeEvent"/>, or says why it is skipped or rejected.</summary>
    public static DocumentOutcome Map(BsonDocument changeEvent)
    {
        ArgumentNullException.ThrowIfNull(changeEvent);
        var collectionName = changeEvent.GetValue("ns", BsonNull.Value) is BsonDocument ns && ns.GetValue("coll", BsonNull.Value).IsString
            ? ns["coll"].AsString
            : null;
        if (collectionName is null)
            return DocumentOutcome.Reject("the change event has no ns.coll");
        if (CollectionNames.Find(collectionName) is not { } collection)
            return DocumentOutcome.Skip($"collection {collectionName} is not read by the charts");

        var operation = changeEvent.GetValue("operationType", BsonNull.Value);
        return operation.IsString ? MapOperation(collection, operation.AsString, changeEvent)
            : DocumentOutcome.Reject("the change event has no operationType");
    }

    private static DocumentOutcome MapOperation(RocketChatCollection collection, string operation, BsonDocument changeEvent) =>
        operation switch
        {
            "insert" or "update" or "replace" => MapWholeDocument(collection, changeEvent),
            "delete" => MapDeletion(collection, changeEvent),
            _ => DocumentOutcome.Skip($"operation {operation} carries no document change"),
        };

    private static DocumentOutcome MapWholeDocument(RocketChatCollection collection, BsonDocument changeEvent) =>
        changeEvent.GetValue("fullDocument", BsonNull.Value) is BsonDocument document
            ? DocumentMapper.Map(collection, document)
            // updateLookup finds nothing when the document was deleted since: its delete event follows.
            : DocumentOutcome.Skip("the document no longer exists; its delete event follows");

    private static DocumentOutcome MapDeletion(RocketChatCollection collection, BsonDocument changeEvent)
    {
        if (changeEvent.GetValue("documentKey", BsonNull.Value) is not BsonDocument key || !key.GetValue("_id", BsonNull.Value).IsString)
            return DocumentOutcome.Reject("the delete event has no string documentKey._id");
        if (DeletionVersion.Of(changeEvent) is not { } version)
            return DocumentOutcome.Reject("the delete event has neither wallTime nor clusterTime");
        var id = key["_id"].AsString;
        return collection switch
        {
            RocketChatCollection.Rooms => DocumentOutcome.Publish(new RoomDeleted(id, version)),
            RocketChatCollection.Users => DocumentOutcome.Publish(new UserDeleted(id, version)),
            RocketChatCollection.Messages => MapMessageDeletion(id, version, changeEvent),
            _ => DocumentOutcome.Skip($"a deleted {collection} document changes no chart"),
        };
    }

    // A delete event names only the _id; the room comes from the pre-image, which MongoDB keeps only for
    // collections with changeStreamPreAndPostImages enabled.
    private static DocumentOutcome MapMessageDeletion(string id, long version, BsonDocument changeEvent) =>
        changeEvent.GetValue("fullDocumentBeforeChange", BsonNull.Value) is BsonDocument before && before.GetValue("rid", BsonNull.Value).IsString
            ? DocumentOutcome.Publish(new MessageDeleted(id, before["rid"].AsString, version))
            : DocumentOutcome.Skip("a deleted message without a pre-image names no room; the reconciliation repairs its room");
}
