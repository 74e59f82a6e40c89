namespace OmniCharts.Ingestor.Publishing;

/// <summary>The broker refused or lost a publish; the replay stops because what follows would be lost too.</summary>
public sealed class PublishFailedException(Exception inner) : Exception($"publishing failed: {inner.Message}", inner);
