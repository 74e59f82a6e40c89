namespace OmniCharts.ExportGenerator.Output;

/// <summary>How many room and message documents an export holds, and how many of them are team chat.</summary>
public sealed record ExportCounts(long Rooms, long Messages, long TeamRooms = 0, long TeamMessages = 0);
