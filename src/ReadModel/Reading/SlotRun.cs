namespace OmniCharts.ReadModel.Reading;

/// <summary>Consecutive 15-minute slots <paramref name="First"/>..<paramref name="Last"/> (inclusive) of one UTC day.</summary>
/// <param name="Day">The UTC day.</param>
/// <param name="First">The first slot index, 0..95.</param>
/// <param name="Last">The last slot index, <paramref name="First"/>..95.</param>
public readonly record struct SlotRun(DateOnly Day, int First, int Last);
