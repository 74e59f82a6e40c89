using OmniCharts.ReadModel.Generations;

namespace OmniCharts.QueryApi.Availability;

/// <summary>The gate's verdict on one request: may it be answered, and if not, why (in words for an operator).</summary>
/// <param name="Availability">Answer, read again, or 503.</param>
/// <param name="State">The state the verdict was read from.</param>
/// <param name="Reason">Why the read model cannot answer; null when it can.</param>
public sealed record GateCheck(Availability Availability, ReadModelState State, string? Reason);
