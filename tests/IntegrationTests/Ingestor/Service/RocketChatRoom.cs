using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.IntegrationTests.Ingestor.Service;

/// <summary>One closed Omnichannel room and its messages as Rocket.Chat 7.x stores them (from the unit-test fixtures).</summary>
internal static class RocketChatRoom
{
    public const string Id = "7XkS2rQ9bLm4PzYwA";

    public static BsonDocument Room => BsonDocument.Parse(RoomJson);

    public static IReadOnlyList<BsonDocument> Messages => [.. MessagesJson.Select(BsonDocument.Parse)];

    /// <summary>A copy of the room under another id, with its messages, for tests that need two rooms.</summary>
    public static (BsonDocument Room, IReadOnlyList<BsonDocument> Messages) Renamed(string id)
    {
        var room = Room;
        room["_id"] = id;
        var messages = Messages.Select(message =>
        {
            message["_id"] = id + "-" + message["_id"].AsString;
            message["rid"] = id;
            return message;
        }).ToList();
        return (room, messages);
    }

    /// <summary>How many events the room and its messages map to, computed by the mapper rather than assumed.</summary>
    public static int EventCount(BsonDocument room, IEnumerable<BsonDocument> messages) =>
        (DocumentMapper.Map(RocketChatCollection.Rooms, room).Kind == OutcomeKind.Publish ? 1 : 0)
        + messages.Count(message => DocumentMapper.Map(RocketChatCollection.Messages, message).Kind == OutcomeKind.Publish);

    private const string RoomJson = """
        {"_id":"7XkS2rQ9bLm4PzYwA","fname":"Ana Souza","msgs":6,"usersCount":2,"lm":{"$date":"2026-03-04T10:21:37.114Z"},"t":"l","ts":{"$date":"2026-03-04T10:15:02.481Z"},"departmentId":"KqW3nYd8ZsF2hJpLm","v":{"_id":"vstr8Hq2LmN4xPz7K","username":"guest-1042","token":"f4c1e8b2a7d94e0c5b3a","status":"online","lastMessageTs":{"$date":"2026-03-04T10:20:11.902Z"}},"cl":false,"open":false,"waitingResponse":false,"source":{"type":"widget"},"queuedAt":{"$date":"2026-03-04T10:15:02.481Z"},"servedBy":{"_id":"agtMariaR7pQ2kL9d","username":"maria.agent","ts":{"$date":"2026-03-04T10:15:03.002Z"}},"responseBy":{"_id":"agtMariaR7pQ2kL9d","username":"maria.agent","firstResponseTs":{"$date":"2026-03-04T10:15:11.918Z"},"lastMessageTs":{"$date":"2026-03-04T10:21:37.114Z"}},"metrics":{"v":{"lq":{"$date":"2026-03-04T10:20:11.902Z"}},"servedBy":{"lr":{"$date":"2026-03-04T10:21:37.114Z"}},"response":{"avg":12.5,"fd":{"$date":"2026-03-04T10:15:11.918Z"},"ft":9.437,"tt":25,"total":2},"reaction":{"fd":{"$date":"2026-03-04T10:15:10.991Z"},"ft":8.51,"tt":8.51},"chatDuration":395.633,"serviceTimeDuration":380},"closedAt":{"$date":"2026-03-04T10:21:38.114Z"},"closedBy":{"_id":"agtMariaR7pQ2kL9d","username":"maria.agent"},"closer":"user","_updatedAt":{"$date":"2026-03-04T10:21:38.140Z"}}
        """;

    private static readonly string[] MessagesJson =
    [
        """
        {"_id":"msgVis0001aB2cD3e","rid":"7XkS2rQ9bLm4PzYwA","msg":"Olá, preciso de ajuda com meu pedido","token":"f4c1e8b2a7d94e0c5b3a","alias":"Ana Souza","ts":{"$date":"2026-03-04T10:15:02.481Z"},"u":{"_id":"vstr8Hq2LmN4xPz7K","username":"guest-1042","name":"Ana Souza"},"_updatedAt":{"$date":"2026-03-04T10:15:02.500Z"},"urls":[],"mentions":[],"channels":[],"md":[{"type":"PARAGRAPH","value":[{"type":"PLAIN_TEXT","value":"Olá, preciso de ajuda com meu pedido"}]}]}
        """,
        """
        {"_id":"msgAgt0002fG4hI5j","rid":"7XkS2rQ9bLm4PzYwA","msg":"Claro! Qual é o número do pedido?","ts":{"$date":"2026-03-04T10:15:11.918Z"},"u":{"_id":"agtMariaR7pQ2kL9d","username":"maria.agent","name":"Maria"},"_updatedAt":{"$date":"2026-03-04T10:15:12.010Z"},"urls":[],"mentions":[],"channels":[],"editedAt":{"$date":"2026-03-04T10:15:20.000Z"},"editedBy":{"_id":"agtMariaR7pQ2kL9d","username":"maria.agent"}}
        """,
        """
        {"_id":"msgSys0003kL6mN7o","rid":"7XkS2rQ9bLm4PzYwA","t":"uj","msg":"maria.agent","ts":{"$date":"2026-03-04T10:15:03.002Z"},"u":{"_id":"agtMariaR7pQ2kL9d","username":"maria.agent"},"groupable":false,"_updatedAt":{"$date":"2026-03-04T10:15:03.010Z"}}
        """,
        """
        {"_id":"msgSys0004pQ8rS9t","rid":"7XkS2rQ9bLm4PzYwA","t":"livechat-started","msg":"","token":"f4c1e8b2a7d94e0c5b3a","ts":{"$date":"2026-03-04T10:15:02.400Z"},"u":{"_id":"vstr8Hq2LmN4xPz7K","username":"guest-1042"},"groupable":false,"_updatedAt":{"$date":"2026-03-04T10:15:02.410Z"}}
        """,
    ];
}
