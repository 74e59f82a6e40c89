namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

/// <summary>A shared counter, so a test can tell which of two fakes was called first.</summary>
internal sealed class Sequence
{
    private int _value;

    public int Next() => Interlocked.Increment(ref _value);
}
