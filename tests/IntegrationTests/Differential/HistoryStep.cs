namespace OmniCharts.IntegrationTests.Differential;

/// <summary>One place where a differential test compares: after the first <paramref name="Writes"/> writes of the log.</summary>
/// <param name="Index">Its position in <see cref="HistorySteps.Of"/>.</param>
/// <param name="Name">What it is, for a failure message.</param>
/// <param name="Day">The UTC day that ends with it (the day of its last writes), whose hourly chart the step asks for.</param>
/// <param name="Writes">How many writes of the log it holds.</param>
public sealed record HistoryStep(int Index, string Name, DateOnly Day, int Writes)
{
    /// <inheritdoc />
    public override string ToString() => $"step {Index} ({Name}, {Writes} writes)";
}
