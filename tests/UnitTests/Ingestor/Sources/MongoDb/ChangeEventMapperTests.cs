using MongoDB.Bson;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb;

namespace OmniCharts.UnitTests.Ingestor.Sources.MongoDb;

public sealed class ChangeEventMapperTests
{
    private const string Room = """
        {"_id":"r1","t":"l","ts":{"$date":{"$numberLong":"1767268800000"}},"_updatedAt":{"$date":{"$numberLong":"1767272400500"}},
         "departmentId":"dep-a","open":true,"metrics":{"response":{"ft":{"$numberDouble":"12.5"},"avg":{"$numberInt":"12"}},"reaction":{"ft":{"$numberDouble":"3.25"}}}}
        """;

    private static DocumentOutcome Map(string json) => ChangeEventMapper.Map(BsonDocument.Parse(json));

    [Fact]
    public void Insert_maps_the_full_document_like_an_export_line()
    {
        var outcome = Map($$$"""
            {"_id":{"_data":"8263"},"operationType":"insert","clusterTime":{"$timestamp":{"t":1767272400,"i":1}},
             "wallTime":{"$date":{"$numberLong":"1767272400501"}},"ns":{"db":"rocketchat","coll":"rocketchat_room"},
             "documentKey":{"_id":"r1"},"fullDocument":{{{Room}}}}
            """);

        var room = Assert.IsType<RoomChanged>(outcome.Event);
        Assert.Equal(new RoomChanged("r1", 1767272400500, "l", DateTimeOffset.FromUnixTimeMilliseconds(1767268800000),
            "dep-a", null, 12.5, 12, 3.25, OnHold: false, HasMetrics: true, HasResponseMetrics: true, HasReactionMetrics: true,
            HasAverageResponse: true, HasFirstResponse: true, HasFirstReaction: true), room);
    }

    [Fact]
    public void Update_publishes_the_document_it_left_behind_not_the_delta()
    {
        var outcome = Map($$$"""
            {"_id":{"_data":"8264"},"operationType":"update","clusterTime":{"$timestamp":{"t":1767272401,"i":3}},
             "ns":{"db":"rocketchat","coll":"rocketchat_room"},"documentKey":{"_id":"r1"},
             "updateDescription":{"updatedFields":{"departmentId":"dep-b"},"removedFields":[],"truncatedArrays":[]},
             "fullDocument":{{{Room.Replace("\"dep-a\"", "\"dep-b\"")}}}}
            """);

        Assert.Equal("dep-b", Assert.IsType<RoomChanged>(outcome.Event).DepartmentId);
    }

    [Fact]
    public void Replace_of_a_message_maps_the_new_document()
    {
        var outcome = Map("""
            {"_id":{"_data":"8265"},"operationType":"replace","ns":{"db":"rocketchat","coll":"rocketchat_message"},
             "documentKey":{"_id":"m1"},"fullDocument":{"_id":"m1","rid":"r1","t":"rm","msg":"",
               "ts":{"$date":{"$numberLong":"1767268900000"}},"_updatedAt":{"$date":{"$numberLong":"1767272500000"}},
               "u":{"_id":"agent","username":"agent"}}}
            """);

        var message = Assert.IsType<MessageChanged>(outcome.Event);
        Assert.Equal(("m1", "r1", "rm", 1767272500000L), (message.MessageId, message.RoomId, message.MessageType, message.SourceVersion));
    }

    [Fact]
    public void Update_whose_document_is_gone_is_skipped_because_its_delete_follows()
    {
        var outcome = Map("""
            {"_id":{"_data":"8266"},"operationType":"update","ns":{"db":"rocketchat","coll":"rocketchat_room"},
             "documentKey":{"_id":"r1"},"updateDescription":{"updatedFields":{"open":false},"removedFields":[]},"fullDocument":null}
            """);

        Assert.Equal(OutcomeKind.Skip, outcome.Kind);
    }

    [Fact]
    public void Room_delete_is_versioned_by_wall_time()
    {
        var outcome = Map("""
            {"_id":{"_data":"8267"},"operationType":"delete","clusterTime":{"$timestamp":{"t":1767272402,"i":1}},
             "wallTime":{"$date":{"$numberLong":"1767272402345"}},"ns":{"db":"rocketchat","coll":"rocketchat_room"},"documentKey":{"_id":"r1"}}
            """);

        Assert.Equal(new RoomDeleted("r1", 1767272402345), outcome.Event);
    }

    [Fact]
    public void Delete_without_wall_time_takes_the_last_millisecond_of_its_cluster_second()
    {
        var outcome = Map("""
            {"_id":{"_data":"8268"},"operationType":"delete","clusterTime":{"$timestamp":{"t":1767272402,"i":7}},
             "ns":{"db":"rocketchat","coll":"users"},"documentKey":{"_id":"u1"}}
            """);

        Assert.Equal(new UserDeleted("u1", 1767272402999), outcome.Event);
    }

    [Fact]
    public void Message_delete_takes_its_room_from_the_pre_image()
    {
        var outcome = Map("""
            {"_id":{"_data":"8269"},"operationType":"delete","wallTime":{"$date":{"$numberLong":"1767272403000"}},
             "ns":{"db":"rocketchat","coll":"rocketchat_message"},"documentKey":{"_id":"m1"},
             "fullDocumentBeforeChange":{"_id":"m1","rid":"r1","msg":"hello","ts":{"$date":{"$numberLong":"1767268900000"}}}}
            """);

        Assert.Equal(new MessageDeleted("m1", "r1", 1767272403000), outcome.Event);
    }

    [Fact]
    public void Message_delete_without_a_pre_image_is_skipped_with_its_reason()
    {
        var outcome = Map("""
            {"_id":{"_data":"826a"},"operationType":"delete","wallTime":{"$date":{"$numberLong":"1767272403000"}},
             "ns":{"db":"rocketchat","coll":"rocketchat_message"},"documentKey":{"_id":"m1"}}
            """);

        Assert.Equal(OutcomeKind.Skip, outcome.Kind);
        Assert.Contains("pre-image", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"operationType":"insert","ns":{"db":"rocketchat","coll":"rocketchat_subscription"},"documentKey":{"_id":"s1"}}""", OutcomeKind.Skip)]
    [InlineData("""{"operationType":"invalidate","ns":{"db":"rocketchat","coll":"rocketchat_room"}}""", OutcomeKind.Skip)]
    [InlineData("""{"operationType":"insert","documentKey":{"_id":"r1"}}""", OutcomeKind.Reject)]
    [InlineData("""{"operationType":"delete","ns":{"db":"rocketchat","coll":"rocketchat_room"},"documentKey":{"_id":"r1"}}""", OutcomeKind.Reject)]
    [InlineData("""{"ns":{"db":"rocketchat","coll":"rocketchat_room"},"documentKey":{"_id":"r1"}}""", OutcomeKind.Reject)]
    public void Events_that_change_no_chart_are_skipped_and_broken_ones_rejected(string json, OutcomeKind expected) =>
        Assert.Equal(expected, Map(json).Kind);

    [Fact]
    public void A_malformed_full_document_is_rejected_with_the_mapping_reason()
    {
        var outcome = Map("""
            {"operationType":"insert","ns":{"db":"rocketchat","coll":"rocketchat_room"},"documentKey":{"_id":"r1"},
             "fullDocument":{"_id":"r1","t":"l","_updatedAt":{"$date":{"$numberLong":"1767272400500"}}}}
            """);

        Assert.Equal(OutcomeKind.Reject, outcome.Kind);
        Assert.Contains("ts", outcome.Reason, StringComparison.Ordinal);
    }
}
