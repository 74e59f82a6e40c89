using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.UnitTests.Ingestor.Documents;

public class MessageMappingTests
{
    private static MessageChanged Message(string id) =>
        RocketChatFixtures.Event<MessageChanged>(RocketChatCollection.Messages, "rocketchat_message.json", id);

    [Fact]
    public void Visitor_message_has_a_visitor_token_and_no_type()
    {
        var message = Message("msgVis0001aB2cD3e");

        Assert.Equal(new MessageChanged(
            "msgVis0001aB2cD3e",
            "7XkS2rQ9bLm4PzYwA",
            DateTimeOffset.Parse("2026-03-04T10:15:02.500Z").ToUnixTimeMilliseconds(),
            MessageType: null,
            HasVisitorToken: true,
            DateTimeOffset.Parse("2026-03-04T10:15:02.481Z")), message);
    }

    [Fact]
    public void Agent_message_has_neither_token_nor_type()
    {
        var message = Message("msgAgt0002fG4hI5j");

        Assert.Null(message.MessageType);
        Assert.False(message.HasVisitorToken);
    }

    [Theory]
    [InlineData("msgSys0003kL6mN7o", "uj", false)]
    [InlineData("msgSys0004pQ8rS9t", "livechat-started", true)]
    public void System_message_keeps_its_type(string id, string type, bool hasToken)
    {
        var message = Message(id);

        Assert.Equal(type, message.MessageType);
        Assert.Equal(hasToken, message.HasVisitorToken);
    }

    [Fact]
    public void Hidden_edit_copy_is_published_like_any_message()
    {
        var message = Message("msgHid0005uV0wX1y");

        Assert.Equal("7XkS2rQ9bLm4PzYwA", message.RoomId);
        Assert.Null(message.MessageType);
        Assert.False(message.HasVisitorToken);
    }

    [Fact]
    public void Null_type_and_null_token_count_as_absent()
    {
        var message = Message("msgNul0006zA2bC3d");

        Assert.Null(message.MessageType);
        Assert.False(message.HasVisitorToken);
    }

    [Theory]
    [InlineData("""{"_id":"m","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "missing rid")]
    [InlineData("""{"_id":"m","rid":"r","_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "missing ts")]
    [InlineData("""{"_id":"m","rid":["r"],"ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "rid must be a string, found Array")]
    [InlineData("""{"_id":"m","rid":"r","t":1,"ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "t must be a string, found Int32")]
    public void Invalid_message_is_rejected_with_a_reason(string line, string reason)
    {
        var outcome = RocketChatFixtures.MapLine(RocketChatCollection.Messages, line);

        Assert.Equal(OutcomeKind.Reject, outcome.Kind);
        Assert.Equal(reason, outcome.Reason);
    }
}
