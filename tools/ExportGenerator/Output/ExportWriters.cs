namespace OmniCharts.ExportGenerator.Output;

/// <summary>Where each collection's lines go: files for the tool, in-memory writers for tests.</summary>
public sealed record ExportWriters(TextWriter Rooms, TextWriter Messages, TextWriter Users, TextWriter Permissions, TextWriter Settings);
