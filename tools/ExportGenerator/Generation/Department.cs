namespace OmniCharts.ExportGenerator.Generation;

/// <summary>A department: how much traffic it gets and how slowly its agents answer (1 = average).</summary>
public sealed record Department(string Id, string Name, double Volume, double Slowness)
{
    private static readonly string[] Names = ["Sales", "Support", "Billing", "Onboarding", "Partners", "Returns"];

    /// <summary>The departments of one export, busiest first.</summary>
    public static IReadOnlyList<Department> Plan(Dice dice, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Department(
            dice.MeteorId(),
            i < Names.Length ? Names[i] : $"Team {i + 1}",
            1.0 / (i + 1),
            0.6 + dice.Unit() * 1.2))];
}
