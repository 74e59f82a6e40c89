namespace OmniCharts.ExportGenerator.Generation;

/// <summary>One message of a conversation, <see cref="OffsetMs"/> after the room started.</summary>
/// <param name="Kind">visitor, agent, or a system type (<c>uj</c>, <c>command</c>, <c>livechat-started</c>, <c>livechat-close</c>).</param>
/// <param name="OffsetMs">Milliseconds after the room's <c>ts</c>.</param>
/// <param name="Edited">An agent message later edited: it leaves a hidden copy.</param>
public sealed record Turn(string Kind, long OffsetMs, bool Edited = false)
{
    /// <summary>Written by the visitor (carries the visitor's token).</summary>
    public const string Visitor = "visitor";

    /// <summary>Written by the serving agent.</summary>
    public const string Agent = "agent";
}
