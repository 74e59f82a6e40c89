namespace OmniCharts.ReadModel.Writing;

/// <summary>A message as it stands at <paramref name="Version"/>, reduced to whether it counts in Total_messages.</summary>
/// <param name="MessageId">The message's <c>_id</c>.</param>
/// <param name="RoomId">The message's <c>rid</c>.</param>
/// <param name="Version">The source version (positive).</param>
/// <param name="Counts">True when the message has neither <c>t</c> nor a visitor <c>token</c>.</param>
public sealed record MessageSnapshot(string MessageId, string RoomId, long Version, bool Counts);
