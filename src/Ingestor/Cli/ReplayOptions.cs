namespace OmniCharts.Ingestor.Cli;

/// <summary>The arguments of <c>replay</c>.</summary>
/// <param name="From">The mongoexport directory.</param>
/// <param name="Wait">Wait until the projector handled every published event.</param>
/// <param name="WaitTimeout">How long to wait.</param>
public sealed record ReplayOptions(string From, bool Wait, TimeSpan WaitTimeout) : CommandOptions
{
    /// <summary>The default of <c>--wait-timeout</c>.</summary>
    public static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromSeconds(600);
}
