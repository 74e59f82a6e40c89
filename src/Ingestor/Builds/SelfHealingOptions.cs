using Microsoft.Extensions.Configuration;

namespace OmniCharts.Ingestor.Builds;

/// <summary>The <c>Ingestor:SelfHeal:</c> settings of <c>serve</c> (docs/ingestor-service.md).</summary>
public sealed record SelfHealingOptions
{
    /// <summary>The text that opens the source of a build <c>serve</c> began, so that a restarted <c>serve</c> takes it over.</summary>
    public const string SourcePrefix = "serve: ";

    /// <summary><c>Ingestor:SelfHeal:Enabled</c>: whether <c>serve</c> backfills a read model it finds empty (default true).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary><c>Ingestor:SelfHeal:Interval</c>: how often the read model's state is looked at.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>Ingestor:SelfHeal:Rate</c>: the backfill's documents per second (0: unlimited).</summary>
    public int Rate { get; init; } = 2_000;

    /// <summary><c>Ingestor:SelfHeal:WaitTimeout</c>: how long the backfill waits for the Projector before it tries again.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Reads the settings, keeping the defaults for what is not set.</summary>
    public static SelfHealingOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Ingestor:SelfHeal");
        var defaults = new SelfHealingOptions();
        return new SelfHealingOptions
        {
            Enabled = section.GetValue("Enabled", defaults.Enabled),
            Interval = section.GetValue("Interval", defaults.Interval),
            Rate = section.GetValue("Rate", defaults.Rate),
            WaitTimeout = section.GetValue("WaitTimeout", defaults.WaitTimeout),
        };
    }
}
