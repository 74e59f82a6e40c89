namespace OmniCharts.Ingestor.Builds;

/// <summary>How a source is named in the read model's state, which the QueryApi shows: never with a password.</summary>
public static class SourceText
{
    /// <summary><c>replay of /full/path</c>.</summary>
    public static string Replay(string folder) => "replay of " + Path.GetFullPath(folder);

    /// <summary><c>backfill from mongodb://host/db</c> without user and password, and the date of <c>--since</c>.</summary>
    public static string Backfill(string mongoUri, DateTimeOffset? since) =>
        "backfill from " + WithoutCredentials(mongoUri) +
        (since is { } s ? " since " + s.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) : "");

    /// <summary>The URI without its user information.</summary>
    public static string WithoutCredentials(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        return scheme >= 0 && at > scheme ? uri[..(scheme + 3)] + uri[(at + 1)..] : uri;
    }
}
