using System.Globalization;

namespace OmniCharts.Ingestor.Cli;

/// <summary><c>--rate N</c> and <c>--page-size N</c>, shared by the commands that read MongoDB (backfill, rebuild).</summary>
internal static class MongoReadArguments
{
    /// <summary>The documents per second, or why the text is not one.</summary>
    public static (double Rate, string? Error) Rate(IReadOnlyDictionary<string, string> values)
    {
        if (!values.TryGetValue("--rate", out var text))
            return (BackfillOptions.DefaultRate, null);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate >= 0 && !double.IsInfinity(rate)
            ? (rate, null)
            : (0, $"--rate needs a number of documents per second (0 for no limit), not '{text}'");
    }

    /// <summary>The documents per query, or why the text is not one.</summary>
    public static (int PageSize, string? Error) PageSize(IReadOnlyDictionary<string, string> values)
    {
        if (!values.TryGetValue("--page-size", out var text))
            return (BackfillOptions.DefaultPageSize, null);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= BackfillOptions.MaxPageSize
            ? (size, null)
            : (0, $"--page-size needs a whole number from 1 to {BackfillOptions.MaxPageSize}, not '{text}'");
    }
}
