using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.QueryApi.Pipeline;

/// <summary>What the shared steps decided: an error to answer, or the caller's reporting zone and the generation read.</summary>
public sealed class PipelineOutcome
{
    private readonly TimeZoneInfo? zone;
    private readonly RedisKeySchema? keys;

    private PipelineOutcome(RocketChatErrorResult? rejection, TimeZoneInfo? zone, RedisKeySchema? keys)
    {
        Rejection = rejection;
        this.zone = zone;
        this.keys = keys;
    }

    /// <summary>503, 401 or 403; null when the endpoint answers.</summary>
    public RocketChatErrorResult? Rejection { get; }

    /// <summary>The caller's reporting time zone; only for an accepted request.</summary>
    public TimeZoneInfo Zone => zone ?? throw new InvalidOperationException("A rejected request has no reporting zone.");

    /// <summary>The keys of the generation the shared reads came from: any further read of the request uses them.</summary>
    public RedisKeySchema Keys => keys ?? throw new InvalidOperationException("A rejected request read no generation.");

    /// <summary>The endpoint answers, in <paramref name="reportingZone"/>, from <paramref name="generation"/>.</summary>
    public static PipelineOutcome Accepted(TimeZoneInfo reportingZone, RedisKeySchema generation) => new(null, reportingZone, generation);

    /// <summary>The request is answered with <paramref name="error"/>.</summary>
    public static PipelineOutcome Rejected(RocketChatErrorResult error) => new(error, null, null);
}
