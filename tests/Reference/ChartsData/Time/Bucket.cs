namespace OmniCharts.Reference.ChartsData.Time;

/// <summary>An inclusive interval of Unix milliseconds and its label.</summary>
internal sealed record Bucket(long Gte, long Lte, string Label)
{
    public bool Holds(long unixMilliseconds) => unixMilliseconds >= Gte && unixMilliseconds <= Lte;
}
