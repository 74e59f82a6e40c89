using Microsoft.Extensions.Configuration;

namespace OmniCharts.Projector.Messaging;

/// <summary>How each queue's events are grouped into batches (<c>Projector:Batch*</c> settings).</summary>
/// <param name="MessageLimit">Events per batch at most (<c>Projector:BatchSize</c>).</param>
/// <param name="ConcurrencyLimit">Batches of one queue applied at once (<c>Projector:BatchConcurrency</c>).</param>
/// <param name="TimeLimit">How long a partial batch waits for more events (<c>Projector:BatchTimeLimitMs</c>).</param>
/// <param name="PrefetchCount">Unacknowledged deliveries per queue (<c>Projector:PrefetchCount</c>).</param>
public sealed record BatchSettings(int MessageLimit, int ConcurrencyLimit, TimeSpan TimeLimit, int PrefetchCount)
{
    /// <summary>The settings from configuration, with the defaults measured in bench/DESIGN-CHANGES-write.md.</summary>
    public static BatchSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var size = configuration.GetValue("Projector:BatchSize", 100);
        var concurrency = configuration.GetValue("Projector:BatchConcurrency", 4);
        var timeLimit = TimeSpan.FromMilliseconds(configuration.GetValue("Projector:BatchTimeLimitMs", 20));
        // Room for the next batches to fill while the current ones are applied.
        var prefetch = configuration.GetValue("Projector:PrefetchCount", size * concurrency * 2);
        return new BatchSettings(size, concurrency, timeLimit, prefetch);
    }
}
