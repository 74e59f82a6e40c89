namespace OmniCharts.ReadModel.Writing;

/// <summary>
/// Which message totals a message counts in. charts-data's Total_messages counts messages with neither <c>t</c> nor
/// <c>token</c>; the overview's counts every message without <c>t</c>, visitors' included (analytics-overview.md §3).
/// The values are the state characters of <c>msgs:{rid}</c>.
/// </summary>
public enum MessageCount
{
    /// <summary>A system message (<c>t</c> set): counted nowhere. State <c>0</c>.</summary>
    None = '0',

    /// <summary>No <c>t</c> and no <c>token</c> (an agent's or a user's): counted by both totals. State <c>1</c>.</summary>
    Both = '1',

    /// <summary>No <c>t</c> but a visitor's <c>token</c>: counted only by the overview's total. State <c>2</c>.</summary>
    OverviewOnly = '2',
}
