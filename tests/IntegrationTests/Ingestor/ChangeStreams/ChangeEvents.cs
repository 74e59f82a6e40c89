using MongoDB.Bson;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

/// <summary>Real-shaped Rocket.Chat documents and change events, written as MongoDB sends them (canonical extended JSON).</summary>
internal static class ChangeEvents
{
    public const long RoomTs = 1767268800000;
    public const string Rooms = "rocketchat_room";
    public const string Messages = "rocketchat_message";

    public static BsonDocument Room(string id, long updatedAt, string department = "dep-a") => BsonDocument.Parse($$$"""
        {"_id":"{{{id}}}","t":"l","ts":{"$date":{"$numberLong":"{{{RoomTs}}}"}},"_updatedAt":{"$date":{"$numberLong":"{{{updatedAt}}}"}},
         "departmentId":"{{{department}}}","open":true,"v":{"_id":"visitor","token":"vt"},
         "metrics":{"response":{"ft":{"$numberDouble":"12.5"},"avg":{"$numberInt":"12"}},"reaction":{"ft":{"$numberDouble":"3.25"} } } }
        """);

    public static BsonDocument Message(string id, string roomId, long updatedAt) => BsonDocument.Parse($$$"""
        {"_id":"{{{id}}}","rid":"{{{roomId}}}","msg":"hello","ts":{"$date":{"$numberLong":"{{{RoomTs + 60_000}}}"}},
         "_updatedAt":{"$date":{"$numberLong":"{{{updatedAt}}}"}},"u":{"_id":"agent","username":"agent"}}
        """);

    public static BsonDocument Token(int n) => BsonDocument.Parse($$$"""{"_data":"8267A{{{n:D8}}}000000012B022C0100296E5A1004"}""");

    public static BsonDocument Insert(string collection, BsonDocument document, int n) => Event(n, "insert", collection, document["_id"].AsString, $$$"""
        ,"fullDocument":{{{document.ToJson()}}}
        """);

    public static BsonDocument Update(string collection, BsonDocument document, string updatedFields, int n) => Event(n, "update", collection, document["_id"].AsString, $$$"""
        ,"updateDescription":{"updatedFields":{{{updatedFields}}},"removedFields":[],"truncatedArrays":[]},"fullDocument":{{{document.ToJson()}}}
        """);

    public static BsonDocument Replace(string collection, BsonDocument document, int n) => Event(n, "replace", collection, document["_id"].AsString, $$$"""
        ,"fullDocument":{{{document.ToJson()}}}
        """);

    public static BsonDocument Delete(string collection, string id, int n, BsonDocument? before = null) => Event(n, "delete", collection, id,
        before is null ? "" : ",\"fullDocumentBeforeChange\":" + before.ToJson());

    /// <summary>Change <paramref name="n"/> happened at <see cref="WallTime"/>(n): after any stream a test opens, as on a real server.</summary>
    public static long WallTime(int n) => Start + n * 1000L;

    // Fixed once per test process, so a day ahead: the suite may open its last stream an hour after the first.
    private static readonly long Start = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 86_400) * 1000;

    private static BsonDocument Event(int n, string operation, string collection, string id, string rest) => BsonDocument.Parse($$$"""
        {"_id":{{{Token(n).ToJson()}}},"operationType":"{{{operation}}}","clusterTime":{"$timestamp":{"t":{{{WallTime(n) / 1000}}},"i":1}},
         "wallTime":{"$date":{"$numberLong":"{{{WallTime(n)}}}"}},"ns":{"db":"rocketchat","coll":"{{{collection}}}"},"documentKey":{"_id":"{{{id}}}"}{{{rest}}}}
        """);
}
