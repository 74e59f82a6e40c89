using System.Globalization;

namespace OmniCharts.Ingestor.Sources.MongoDb.Polling;

/// <summary>
/// The last document a poll published, in the order it reads: by <c>_updatedAt</c>, then <c>_id</c>. The id
/// breaks ties, so documents that share a millisecond are neither skipped nor read forever.
/// </summary>
/// <param name="UpdatedAt"><c>_updatedAt</c> in Unix milliseconds.</param>
/// <param name="Id">The document's <c>_id</c>.</param>
public sealed record PollPosition(long UpdatedAt, string Id)
{
    /// <summary>The checkpoint text: <c>{UpdatedAt}:{Id}</c>.</summary>
    public override string ToString() => UpdatedAt.ToString(CultureInfo.InvariantCulture) + ":" + Id;

    /// <summary>Reads <see cref="ToString"/>'s text back.</summary>
    public static PollPosition Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out var updatedAt))
            throw new FormatException($"'{text}' is not a poll position ({{_updatedAt ms}}:{{_id}})");
        return new PollPosition(updatedAt, text[(colon + 1)..]);
    }
}
