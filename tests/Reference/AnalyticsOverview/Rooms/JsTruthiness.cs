using MongoDB.Bson;

namespace OmniCharts.Reference.AnalyticsOverview.Rooms;

/// <summary>Whether a raw field is truthy in JavaScript once the driver has read it, as <c>!room.onHold</c> tests it.</summary>
internal static class JsTruthiness
{
    /// <summary>Missing, null, false, 0, −0, NaN and "" are falsy; everything else (documents, arrays, dates) is truthy.</summary>
    public static bool IsTruthy(BsonValue? value) => value switch
    {
        null or BsonNull or BsonUndefined => false,
        BsonBoolean flag => flag.Value,
        BsonString text => text.Value.Length > 0,
        { IsNumeric: true } number => number.ToDouble() is var d && d != 0 && !double.IsNaN(d),
        _ => true,
    };
}
