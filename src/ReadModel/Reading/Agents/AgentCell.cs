namespace OmniCharts.ReadModel.Reading.Agents;

/// <summary>One field of an agent hash: its day of the month or its slot, the agent's username, its numbers.</summary>
/// <param name="Position">1..31 in a month hash, 0..95 in a slot hash.</param>
/// <param name="Agent">The username.</param>
/// <param name="Values">The family's numbers.</param>
internal readonly record struct AgentCell(int Position, string Agent, long[] Values);
