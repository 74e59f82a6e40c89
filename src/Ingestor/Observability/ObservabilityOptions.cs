using Microsoft.Extensions.Configuration;

namespace OmniCharts.Ingestor.Observability;

/// <summary>The <c>Ingestor:Observability</c> section.</summary>
public sealed class ObservabilityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Ingestor:Observability";

    /// <summary>Above this lag the readiness probe says Degraded (still 200: taking the Ingestor out of service would not make it catch up).</summary>
    public TimeSpan LagDegradedAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the run's <c>published</c> count is written to Redis, which also keeps the run hash from expiring while the service runs.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Reads the section from <paramref name="configuration"/>.</summary>
    public static ObservabilityOptions From(IConfiguration configuration)
    {
        var options = new ObservabilityOptions();
        configuration.GetSection(Section).Bind(options);
        if (options.SyncInterval <= TimeSpan.Zero)
            throw new InvalidOperationException($"{Section}:SyncInterval must be positive, not {options.SyncInterval}");
        return options;
    }
}
