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

    /// <summary>How many of the room's messages the overview counts (no <c>t</c>, visitors' included).</summary>
    public const string OverviewMessages = "m";

    /// <summary>1 when the overview counts the room as open; absent otherwise.</summary>
    public const string Open = "op";

    /// <summary>1 when <c>onHold</c> is true; absent otherwise.</summary>
    public const string OnHold = "oh";

    /// <summary><c>servedBy.username</c>, absent when none.</summary>
    public const string ServedBy = "sb";

    /// <summary><c>responseBy.username</c>, absent when none.</summary>
    public const string ResponseBy = "rb";

    /// <summary>1 when the room is one of the Productivity cards' rooms (both <c>metrics.response</c> and <c>metrics.reaction</c> exist).</summary>
    public const string Productivity = "pr";

    /// <summary>
    /// The Productivity value of <c>metrics.response.avg</c> when it is not the one <see cref="ResponseAverage"/> gives
    /// (that value, or 0 when absent): <c>x</c> for a missing field, else integer ms (a negative value). Absent in
    /// the common case, so the room hash does not grow.
    /// </summary>
    public const string ProductivityResponseAverage = "pra";

    /// <summary>The same for <c>metrics.response.ft</c>, against <see cref="FirstResponse"/>.</summary>
    public const string ProductivityFirstResponse = "prf";

    /// <summary>The same for <c>metrics.reaction.ft</c>, against <see cref="Reaction"/>.</summary>
    public const string ProductivityReaction = "prr";
}
