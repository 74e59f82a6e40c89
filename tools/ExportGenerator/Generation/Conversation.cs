namespace OmniCharts.ExportGenerator.Generation;

/// <summary>
/// The timeline of one Omnichannel room: the visitor writes, an agent joins and answers, they alternate,
/// and a closed room ends with <c>livechat-close</c>. Metrics are derived from this timeline.
/// </summary>
public sealed record Conversation(IReadOnlyList<Turn> Turns, bool Answered, bool Open, long DurationMs)
{
    /// <summary>A conversation of about <paramref name="budget"/> messages; slowness scales the agents' delays.</summary>
    public static Conversation Draw(Dice dice, int budget, bool answered, bool open, double slowness)
    {
        var turns = new List<Turn>();
        var reserve = open ? 0 : 1;
        long at = 0;
        if (budget > reserve + 1 && dice.Chance(0.08))
            turns.Add(new Turn("livechat-started", at));
        if (turns.Count < budget - reserve)
            turns.Add(new Turn(Turn.Visitor, at));
        if (answered && turns.Count < budget - reserve)
        {
            at += dice.Duration(15_000 * slowness, 1.0, 500, 1_800_000);
            turns.Add(new Turn("uj", at));
        }
        var agentsTurn = answered;
        while (turns.Count < budget - reserve && (answered || turns.Count < 3))
        {
            if (agentsTurn)
            {
                at += dice.Duration(40_000 * slowness, 0.9, 1_000, 1_800_000);
                var edited = dice.Chance(0.04) && turns.Count < budget - reserve - 1;
                turns.Add(new Turn(Turn.Agent, at, edited));
                agentsTurn = dice.Chance(0.2);
            }
            else
            {
                at += dice.Duration(30_000, 1.0, 1_000, 1_200_000);
                turns.Add(dice.Chance(0.03) ? new Turn("command", at) : new Turn(Turn.Visitor, at));
                agentsTurn = answered;
            }
        }
        var duration = at + dice.Duration(45_000, 0.8, 1_000, 900_000);
        if (!open)
            turns.Add(new Turn("livechat-close", duration));
        return new Conversation(turns, answered, open, duration);
    }
}
