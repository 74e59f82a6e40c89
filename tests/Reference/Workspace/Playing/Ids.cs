using System.Security.Cryptography;
using System.Text;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>
/// Ids and secrets derived from the seed and a label, so that removing operations from a script never changes
/// the ids of what remains.
/// </summary>
internal static class Ids
{
    // Meteor's Random.id() alphabet.
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>A 17-character id like Meteor's <c>Random.id()</c>.</summary>
    public static string Meteor(int seed, string label)
    {
        var hash = Hash(seed, label);
        return new string([.. hash.Take(17).Select(b => Alphabet[b % Alphabet.Length])]);
    }

    /// <summary>A 43-character secret like Meteor's <c>Random.secret()</c> (a login token).</summary>
    public static string Secret(int seed, string label) =>
        Convert.ToBase64String(Hash(seed, "secret:" + label)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What Meteor stores for a login token: base64(SHA-256(token)).</summary>
    public static string HashedToken(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static byte[] Hash(int seed, string label) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + label));
}
