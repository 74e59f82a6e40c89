using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.UnitTests.Ingestor.Documents;

public class UserMappingTests
{
    private static UserChanged User(string id) => RocketChatFixtures.Event<UserChanged>(RocketChatCollection.Users, "users.json", id);

    [Fact]
    public void Login_token_and_personal_access_token_are_both_kept()
    {
        var user = User("mgrCarlosZ8xC6vB4n");

        Assert.Equal(["user", "livechat-manager"], user.Roles);
        Assert.Equal(["n3I3d2u6PFk0Hq3eA4wTzq1n5e0m6bWq8fJ2hV1sL0c=", "Qm9ndXNQQVRoYXNoZWRUb2tlbkZvckNoYXJ0c0FQSXM="], user.HashedLoginTokens);
        Assert.Equal(-3d, user.UtcOffsetHours);
        Assert.Equal(DateTimeOffset.Parse("2026-03-01T08:00:00.120Z").ToUnixTimeMilliseconds(), user.SourceVersion);
    }

    [Fact]
    public void Fractional_utc_offset_and_empty_token_list_are_kept()
    {
        var user = User("agtMariaR7pQ2kL9d");

        Assert.Equal(5.5, user.UtcOffsetHours);
        Assert.Empty(user.HashedLoginTokens);
    }

    [Fact]
    public void Bot_without_services_or_offset_has_no_tokens_and_no_offset()
    {
        var user = User("rocket.cat");

        Assert.Equal(["bot"], user.Roles);
        Assert.Empty(user.HashedLoginTokens);
        Assert.Null(user.UtcOffsetHours);
    }

    [Theory]
    [InlineData("""{"_id":"u","roles":"admin","_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "roles must be an array, found String")]
    [InlineData("""{"_id":"u","roles":["admin",1],"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "roles[] must be a string, found Int32")]
    [InlineData("""{"_id":"u","services":{"resume":{"loginTokens":{}}},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "services.resume.loginTokens must be an array, found Document")]
    [InlineData("""{"_id":"u","services":{"resume":{"loginTokens":[{"hashedToken":5}]}},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "services.resume.loginTokens[].hashedToken must be a string, found Int32")]
    [InlineData("""{"_id":"u","utcOffset":"-3","_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "utcOffset must be a number, found String")]
    public void Invalid_user_is_rejected_with_a_reason(string line, string reason)
    {
        var outcome = RocketChatFixtures.MapLine(RocketChatCollection.Users, line);

        Assert.Equal(OutcomeKind.Reject, outcome.Kind);
        Assert.Equal(reason, outcome.Reason);
    }
}
