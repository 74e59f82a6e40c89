using System.Text;
using OmniCharts.Ingestor.Webhooks;

namespace OmniCharts.UnitTests.Ingestor.Webhooks;

public sealed class WebhookPayloadTests
{
    [Theory]
    [InlineData("LivechatSessionStart", "7XkS2rQ9bLm4PzYwA")]
    [InlineData("LivechatSessionQueued", "Hn4rT8wQz2XcV6bNm")]
    [InlineData("LivechatSessionTaken", "7XkS2rQ9bLm4PzYwA")]
    [InlineData("LivechatSessionForwarded", "7XkS2rQ9bLm4PzYwA")]
    [InlineData("LivechatSession", "7XkS2rQ9bLm4PzYwA")]
    [InlineData("LivechatEdit", "Zp9LmK3jH7gF5dS2a")]
    [InlineData("Message", "7XkS2rQ9bLm4PzYwA")]
    public async Task A_room_event_is_a_hint_to_fetch_its_room(string type, string roomId)
    {
        var reading = await ReadFixtureAsync(type);

        Assert.Equal(PayloadReading.Hint(type, roomId), reading);
    }

    [Fact]
    public async Task Rocket_Chat_test_button_payload_is_a_hint_for_its_sample_room()
    {
        var reading = await ReadFixtureAsync("WebhookTest");

        Assert.Equal(PayloadReading.Hint("LivechatSession", "fasd6f5a4sd6f8a4sdf"), reading);
    }

    [Theory]
    [InlineData("LivechatOfflineMessage")]
    [InlineData("LeadCapture")]
    public async Task An_event_that_changes_no_chart_is_ignored(string type)
    {
        var reading = await ReadFixtureAsync(type);

        Assert.Equal((PayloadKind.Ignored, type, null), (reading.Kind, reading.Type, reading.RoomId));
    }

    [Fact]
    public async Task An_unknown_type_is_ignored_rather_than_refused()
    {
        var reading = await ReadAsync("""{"type":"LivechatSessionTeleported","_id":"r1"}""");

        Assert.Equal((PayloadKind.Ignored, "LivechatSessionTeleported", null), (reading.Kind, reading.Type, reading.RoomId));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[{\"type\":\"Message\",\"_id\":\"r1\"}]")]
    [InlineData("{\"_id\":\"r1\"}")]
    [InlineData("{\"type\":42,\"_id\":\"r1\"}")]
    [InlineData("{\"type\":\"Message\"}")]
    [InlineData("{\"type\":\"LivechatSessionStart\",\"_id\":\" \"}")]
    [InlineData("{\"type\":\"LivechatSession\",\"_id\":{\"$oid\":\"65f0c0ffee\"}}")]
    public async Task A_body_that_is_not_an_Omnichannel_payload_is_malformed(string body)
    {
        var reading = await ReadAsync(body);

        Assert.Equal(PayloadKind.Malformed, reading.Kind);
        Assert.False(string.IsNullOrEmpty(reading.Reason));
    }

    private static Task<PayloadReading> ReadFixtureAsync(string name) =>
        ReadAsync(File.ReadAllText(RocketChatFixtures.PathOf(Path.Combine("webhooks", name + ".json"))));

    private static async Task<PayloadReading> ReadAsync(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return await WebhookPayload.ReadAsync(stream, CancellationToken.None);
    }
}
