using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.UnitTests.Ingestor.Documents;

/// <summary>Documents without <c>_updatedAt</c> (old Rocket.Chat versions, hand-written settings) are the oldest version, never rejected.</summary>
public sealed class UnversionedDocumentsTests
{
    [Theory]
    [InlineData(RocketChatCollection.Users, """{"_id":"u1","roles":["livechat-manager"],"services":{"resume":{"loginTokens":[{"hashedToken":"h"}]}}}""")]
    [InlineData(RocketChatCollection.Users, """{"_id":"u1","roles":["user"],"_updatedAt":null}""")]
    [InlineData(RocketChatCollection.Settings, """{"_id":"Default_Timezone_For_Reporting","value":"custom"}""")]
    [InlineData(RocketChatCollection.Permissions, """{"_id":"view-livechat-manager","roles":["admin"]}""")]
    [InlineData(RocketChatCollection.Messages, """{"_id":"m1","rid":"r1","msg":"hi","ts":{"$date":"2026-01-01T00:00:00Z"}}""")]
    [InlineData(RocketChatCollection.Rooms, """{"_id":"r1","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"}}""")]
    [InlineData(RocketChatCollection.Rooms, """{"_id":"c1","t":"c"}""")]
    public void A_document_without_updated_at_is_published_with_version_zero_and_counted_as_unversioned(RocketChatCollection collection, string line)
    {
        var outcome = RocketChatFixtures.MapLine(collection, line);

        Assert.True(outcome.Kind == OutcomeKind.Publish, outcome.Reason);
        Assert.True(outcome.Unversioned);
        Assert.Equal(0L, VersionOf(outcome.Event!));
    }

    [Fact]
    public void A_dated_document_is_not_unversioned() =>
        Assert.False(RocketChatFixtures.MapLine(RocketChatCollection.Settings,
            """{"_id":"s","value":1,"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""").Unversioned);

    private static long VersionOf(object @event) => @event switch
    {
        UserChanged user => user.SourceVersion,
        SettingChanged setting => setting.SourceVersion,
        PermissionChanged permission => permission.SourceVersion,
        MessageChanged message => message.SourceVersion,
        RoomChanged room => room.SourceVersion,
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event, null),
    };
}
