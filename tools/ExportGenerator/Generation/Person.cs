namespace OmniCharts.ExportGenerator.Generation;

/// <summary>Someone who writes messages: an agent, a manager or a visitor.</summary>
public sealed record Person(string Id, string Username, string Name);
