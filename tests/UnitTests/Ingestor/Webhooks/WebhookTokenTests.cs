using OmniCharts.Ingestor.Webhooks;

namespace OmniCharts.UnitTests.Ingestor.Webhooks;

public sealed class WebhookTokenTests
{
    private const string Secret = "s3cr3t-Livechat-token";

    [Fact]
    public void The_exact_secret_matches()
    {
        Assert.True(new WebhookToken(Secret).Matches(Secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s3cr3t-Livechat-tokeN")]
    [InlineData("s3cr3t-Livechat-toke")]
    [InlineData("s3cr3t-Livechat-token ")]
    [InlineData(" s3cr3t-Livechat-token")]
    [InlineData("S3CR3T-LIVECHAT-TOKEN")]
    public void Anything_else_does_not_match(string? presented)
    {
        Assert.False(new WebhookToken(Secret).Matches(presented));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("s3cr3t-Livechat-token")]
    [InlineData("a much longer value than the secret, which must still be compared over the same number of bytes")]
    public void Both_sides_are_compared_as_digests_of_one_length(string value)
    {
        // FixedTimeEquals is constant-time only for equal lengths; hashing first makes every comparison 32 bytes.
        Assert.Equal(32, WebhookToken.Digest(value).Length);
    }

    [Fact]
    public void An_empty_secret_is_refused_at_construction()
    {
        Assert.Throws<ArgumentException>(() => new WebhookToken(""));
    }
}
