namespace OmniCharts.IntegrationTests.Differential;

/// <summary>The first thing that went wrong in a run: an answer unlike the oracle's, or team chat kept in Redis.</summary>
public sealed record StepFailure(PathStep Step, Mismatch? Mismatch, string? TeamChat)
{
    public string Describe() => Mismatch is not null ? Mismatch.ToString() : "team chat kept:\n" + TeamChat;
}
