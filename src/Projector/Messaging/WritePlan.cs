using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messaging;

/// <summary>
/// A validated event, ready to be applied: the read-model write it stands for. Validation and application are
/// split so that a malformed event can be rejected alone, before it joins a batch.
/// </summary>
/// <returns>True when the change applied, false for a duplicate or stale change.</returns>
public delegate Task<bool> WritePlan(ReadModelWriter writer);
