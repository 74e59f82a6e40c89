using System.Security.Cryptography;
using System.Text;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>
/// Checks <c>X-RocketChat-Livechat-Token</c> against the configured secret in constant time: both sides are
/// hashed to 32 bytes first, so the comparison takes the same time whatever the length or the first differing
/// character of what a caller sent, and <see cref="CryptographicOperations.FixedTimeEquals"/> reads every byte.
/// </summary>
public sealed class WebhookToken
{
    private readonly byte[] _expected;

    /// <summary>Creates a check against <paramref name="secret"/>, which must not be empty.</summary>
    public WebhookToken(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _expected = Digest(secret);
    }

    /// <summary>True when <paramref name="presented"/> is exactly the secret.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(_expected, Digest(presented));

    /// <summary>The fixed-length form both sides are compared in.</summary>
    public static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
