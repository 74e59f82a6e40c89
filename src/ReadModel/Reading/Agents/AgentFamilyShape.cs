using OmniCharts.ReadModel.Keys;

namespace OmniCharts.ReadModel.Reading.Agents;

/// <summary>How the numbers of an agent family's field combine: the first <paramref name="Additive"/> add up, and the number at <paramref name="MinimumIndex"/> (if any) takes the least.</summary>
/// <param name="Family">The family's key segment (<see cref="AgentFamily"/>).</param>
/// <param name="Additive">How many leading numbers are sums and counts.</param>
/// <param name="MinimumIndex">The place of the minimum, or null.</param>
public sealed record AgentFamilyShape(string Family, int Additive, int? MinimumIndex)
{
    /// <summary><see cref="AgentFamily.Served"/>: eight sums and counts.</summary>
    public static AgentFamilyShape Served { get; } = new(AgentFamily.Served, AgentFamily.ServedIndex.Length, null);

    /// <summary><see cref="AgentFamily.FirstResponse"/>: sum, count, minimum.</summary>
    public static AgentFamilyShape FirstResponse { get; } =
        new(AgentFamily.FirstResponse, AgentFamily.FirstResponseIndex.Count + 1, AgentFamily.FirstResponseIndex.Minimum);
}
