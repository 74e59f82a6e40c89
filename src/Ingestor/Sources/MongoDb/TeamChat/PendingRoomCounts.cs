namespace OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

/// <summary>What one pass of <see cref="PendingRoomResolver"/> did.</summary>
/// <param name="Pending">Room ids waiting in the read model when the pass started (at most one page).</param>
/// <param name="Fetched">Rooms that had waited since the previous pass and were read from MongoDB and published.</param>
/// <param name="Gone">Rooms that had waited and no longer exist: published as deleted.</param>
public sealed record PendingRoomCounts(int Pending, int Fetched, int Gone);
