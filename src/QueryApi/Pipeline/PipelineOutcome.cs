using OmniCharts.QueryApi.Charts;

namespace OmniCharts.QueryApi.Pipeline;

/// <summary>What the shared steps decided: an error to answer, or the caller's reporting zone.</summary>
public sealed class PipelineOutcome
{
    private readonly TimeZoneInfo? zone;

    private PipelineOutcome(RocketChatErrorResult? rejection, TimeZoneInfo? zone)
    {
        Rejection = rejection;
        this.zone = zone;
    }

    /// <summary>401 or 403 (or, from a later shared check, another error); null when the endpoint answers.</summary>
    public RocketChatErrorResult? Rejection { get; }

    /// <summary>The caller's reporting time zone; only for an accepted request.</summary>
    public TimeZoneInfo Zone => zone ?? throw new InvalidOperationException("A rejected request has no reporting zone.");

    /// <summary>The endpoint answers, in <paramref name="reportingZone"/>.</summary>
    public static PipelineOutcome Accepted(TimeZoneInfo reportingZone) => new(null, reportingZone);

    /// <summary>The request is answered with <paramref name="error"/>.</summary>
    public static PipelineOutcome Rejected(RocketChatErrorResult error) => new(error, null);
}
