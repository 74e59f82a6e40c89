namespace OmniCharts.Ingestor.Sources.MongoDb.Polling;

/// <summary>What one poll of one collection did.</summary>
/// <param name="Read">Documents read.</param>
/// <param name="Published">Events published.</param>
/// <param name="Skipped">Documents that change no chart.</param>
/// <param name="Rejected">Documents that could not be mapped, with their reasons.</param>
public sealed record PollCounts(int Read, int Published, int Skipped, IReadOnlyList<string> Rejected);
