using System.Globalization;
using System.Text;
using MassTransit;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Runs;

/// <summary>The run a delivery belongs to and the numbers of its events in that run (<see cref="RunField"/> headers).</summary>
/// <param name="RunId">The run id.</param>
/// <param name="Numbers">The event's number, or an envelope's numbers in the order of its events.</param>
public readonly record struct RunTag(string RunId, RunNumbers Numbers)
{
    /// <summary>
    /// The tag of a delivery; null without a run id, or without a number (an Ingestor older than the run bitmaps,
    /// whose events are applied but not counted).
    /// </summary>
    public static RunTag? Of(Headers headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Get<string>(RunField.Header) is not { Length: > 0 } runId || Number(headers, RunField.SequenceHeader) is not { } first || first < 0)
            return null;
        var count = Number(headers, RunField.CountHeader) ?? 1;
        return count is >= 1 and <= int.MaxValue ? new RunTag(runId, new RunNumbers(first, (int)count)) : null;
    }

    /// <summary>The number of event <paramref name="index"/> of an envelope.</summary>
    public RunNumbers Event(int index) => new(Numbers.First + index, 1);

    // RabbitMQ hands integers back as the type they were written with, and other clients may write text.
    private static long? Number(Headers headers, string key) =>
        headers.TryGetHeader(key, out var value) ? value switch
        {
            long number => number,
            int number => number,
            string text when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            byte[] bytes when long.TryParse(Encoding.UTF8.GetString(bytes), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            IConvertible convertible => Convert.ToInt64(convertible, CultureInfo.InvariantCulture),
            _ => null,
        } : null;
}
