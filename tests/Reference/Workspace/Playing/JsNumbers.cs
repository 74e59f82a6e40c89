using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Numbers as Rocket.Chat's Node driver stores a JavaScript number: int32 when integral and in range, else double.</summary>
internal static class JsNumbers
{
    public static BsonValue Of(double value) =>
        value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue && !(value == 0 && double.IsNegative(value))
            ? new BsonInt32((int)value)
            : new BsonDouble(value);

    /// <summary>A duration in seconds with millisecond precision, as <c>(later - earlier) / 1000</c> in JavaScript.</summary>
    public static BsonValue Seconds(long milliseconds) => Of(milliseconds / 1000.0);

    public static double Read(BsonValue? value) => value is { IsNumeric: true } ? value.ToDouble() : 0;
}
