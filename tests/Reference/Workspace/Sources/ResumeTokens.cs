using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OmniCharts.Reference.Workspace.Sources;

/// <summary>
/// Resume tokens shaped like MongoDB's (v1 KeyString, hex): <c>82</c>, the cluster time's seconds and increment,
/// then the collection's UUID and the document key. Opaque to a client; they sort like the events.
/// </summary>
internal static class ResumeTokens
{
    private static readonly ConcurrentDictionary<string, string> CollectionUuids = new(StringComparer.Ordinal);

    public static string Data(uint seconds, uint increment, string collection, string id)
    {
        var text = new StringBuilder("82");
        text.Append(seconds.ToString("X8", CultureInfo.InvariantCulture)).Append(increment.ToString("X8", CultureInfo.InvariantCulture));
        text.Append("2B022C0100296E5A1004");
        text.Append(CollectionUuids.GetOrAdd(collection, c => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(c)), 0, 16)));
        text.Append("463C5F6964003C").Append(Convert.ToHexString(Encoding.UTF8.GetBytes(id))).Append("000004");
        return text.ToString();
    }
}
