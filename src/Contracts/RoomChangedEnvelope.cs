using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>
/// Several <see cref="RoomChanged"/> events carried by one message, so that a bulk replay pays the broker's
/// per-message costs (publish, confirm, delivery, acknowledgement) once per envelope instead of once per event.
/// Each event keeps its own identity and version; the envelope adds no meaning, no order and no atomicity:
/// the projector treats its events exactly as if they had arrived one by one.
/// </summary>
/// <param name="Events">The events, in no particular order; never empty.</param>
[MessageUrn("omnicharts:room-changed-envelope:v1")]
[EntityName("omnicharts.room-changed-envelope")]
public sealed record RoomChangedEnvelope(IReadOnlyList<RoomChanged> Events);
