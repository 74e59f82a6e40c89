namespace OmniCharts.ExportGenerator.Output;

/// <summary>How many room and message documents an export holds.</summary>
public sealed record ExportCounts(long Rooms, long Messages);
