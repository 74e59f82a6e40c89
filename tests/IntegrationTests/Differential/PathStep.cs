using OmniCharts.Reference;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>What a path has fed into the read model once it reaches a step, and what the read model must then answer.</summary>
/// <param name="Step">The step (or, for exports replayed out of order, the export's step).</param>
/// <param name="Phase">Which pass of the path it is in, when it passes a step more than once ("in order", "messages only", …).</param>
/// <param name="Reference">The documents the oracle answers from.</param>
/// <param name="DeliveredRooms">The rooms whose document (any version, or its deletion) the path has delivered so far.</param>
public sealed record PathStep(HistoryStep Step, string Phase, RawDocuments Reference, IReadOnlySet<string> DeliveredRooms)
{
    /// <summary>The same place in another run of the path (a shrunk history has the same steps and phases).</summary>
    public string Identity => $"{Step.Index}/{Phase}";

    /// <inheritdoc />
    public override string ToString() => $"{Step}, {Phase}";
}
