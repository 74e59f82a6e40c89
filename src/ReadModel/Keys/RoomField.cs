namespace OmniCharts.ReadModel.Keys;

/// <summary>The fields of a <c>room:{rid}</c> hash. Metric values are integer milliseconds, absent when missing or 0.</summary>
public static class RoomField
{
    /// <summary>The applied document version (<c>_updatedAt</c>, Unix ms); absent until the room itself arrived.</summary>
    public const string Version = "v";

    /// <summary>1 once the room was deleted (a tombstone that keeps its version).</summary>
    public const string Deleted = "del";

    /// <summary>1 when the room is an Omnichannel room (<c>t: 'l'</c>).</summary>
    public const string IsOmnichannel = "l";

    /// <summary>The room's <c>ts</c>, Unix ms.</summary>
    public const string CreatedAt = "ts";

    /// <summary>The UTC day of <c>ts</c>, <c>yyyy-MM-dd</c>.</summary>
    public const string Day = "day";

    /// <summary>The 15-minute slot of <c>ts</c> in its UTC day, two digits.</summary>
    public const string Slot = "slot";

    /// <summary>The current department id, absent when none.</summary>
    public const string Department = "dep";

    /// <summary>metrics.chatDuration.</summary>
    public const string ChatDuration = "cd";

    /// <summary>metrics.response.ft.</summary>
    public const string FirstResponse = "ft";

    /// <summary>metrics.response.avg.</summary>
    public const string ResponseAverage = "ra";

    /// <summary>metrics.reaction.ft.</summary>
    public const string Reaction = "rt";

    /// <summary>How many of the room's messages count (no <c>t</c>, no <c>token</c>), whatever arrived first.</summary>
    public const string CountedMessages = "n";
}
