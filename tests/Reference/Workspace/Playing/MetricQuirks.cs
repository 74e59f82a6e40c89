using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>
/// How Rocket.Chat's stored metrics go wrong in real databases: a value of 0, null, a missing field, or the whole
/// <c>metrics.response</c> / <c>metrics.reaction</c> object never written.
/// </summary>
internal enum MetricQuirk
{
    Normal,
    Zero,
    Null,
    FieldMissing,
    ObjectMissing,
}

/// <summary>Rolls a quirk and writes a metric with it.</summary>
internal static class MetricQuirks
{
    public static MetricQuirk Roll(Random dice) => dice.Next(100) switch
    {
        < 5 => MetricQuirk.Zero,
        < 10 => MetricQuirk.Null,
        < 14 => MetricQuirk.FieldMissing,
        < 17 => MetricQuirk.ObjectMissing,
        _ => MetricQuirk.Normal,
    };

    /// <summary>Sets <paramref name="path"/> to <paramref name="seconds"/>, or to what the quirk makes of it.</summary>
    public static DocumentUpdate SetMetric(this DocumentUpdate update, string path, BsonValue seconds, MetricQuirk quirk) => quirk switch
    {
        MetricQuirk.Zero => update.Set(path, 0),
        MetricQuirk.Null => update.Set(path, BsonNull.Value),
        MetricQuirk.FieldMissing or MetricQuirk.ObjectMissing => update,
        _ => update.Set(path, seconds),
    };
}
