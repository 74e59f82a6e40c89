namespace OmniCharts.ReadModel.Reading;

/// <summary>What one bucket adds up to, in the read model's units (counts, integer milliseconds).</summary>
/// <param name="Total">The sum of the first field (the count for totals, the ms sum for means).</param>
/// <param name="Count">The sum of the count field of a mean; 0 otherwise.</param>
/// <param name="Minimum">The least minimum field present, in ms; null when no cell has one.</param>
public readonly record struct BucketTotals(long Total, long Count, long? Minimum);
