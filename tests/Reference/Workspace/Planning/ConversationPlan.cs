namespace OmniCharts.Reference.Workspace.Planning;

/// <summary>
/// One Omnichannel conversation's life: opened, the visitor writes, an agent takes it and answers, perhaps a
/// transfer, a hold and a system message, then closed (sometimes the next day, sometimes never), perhaps reopened
/// or deleted; some of its messages edited or deleted later.
/// </summary>
internal static class ConversationPlan
{
    /// <summary>Plans one conversation; returns how many messages it would post.</summary>
    public static int Plan(PlanBuilder p, IReadOnlyList<string> departments)
    {
        var room = p.Label("L");
        var open = Math.Max(p.Live, PlanTimes.Edge(p.Random, PlanTimes.Busy(p.Random, p.Live, p.Latest)));
        var messages = new List<(string Label, long At)>();
        var posted = 1;
        p.Add(open, OperationKind.OpenOmnichannelRoom, room, p.Chance(0.8) ? p.Pick(departments) : null);
        var t = open + p.Seconds(1, 40);
        Typed(p, OperationKind.VisitorMessage, room, t, messages);
        if (p.Chance(0.88))
        {
            var taken = open + p.Seconds(2, p.Chance(0.2) ? 1800 : 240);
            posted += p.Add(taken, OperationKind.TakeRoom, room) ? 1 : 0;
            t = Math.Max(t, taken);
            posted += Exchanges(p, room, departments, ref t, messages);
        }
        if (p.Chance(0.88))
        {
            var closed = t + p.Seconds(30, p.Chance(0.1) ? 129_600 : 7200);
            posted += p.Add(closed, OperationKind.CloseRoom, room) ? 1 : 0;
            if (p.Chance(0.06))
            {
                var reopened = closed + p.Seconds(60, 86_400);
                p.Add(reopened, OperationKind.ReopenRoom, room);
                Typed(p, OperationKind.VisitorMessage, room, reopened + p.Seconds(1, 600), messages);
                if (p.Chance(0.6))
                    posted += p.Add(reopened + p.Seconds(700, 7200), OperationKind.CloseRoom, room) ? 1 : 0;
            }
            if (p.Chance(0.03))
                p.Add(closed + p.Seconds(600, 3 * 86_400), OperationKind.DeleteRoom, room);
        }
        MessageAftermath.Plan(p, messages);
        return posted + messages.Count;
    }

    private static int Exchanges(PlanBuilder p, string room, IReadOnlyList<string> departments, ref long t, List<(string, long)> messages)
    {
        var posted = 0;
        var exchanges = p.Random.Next(1, 5);
        for (var i = 0; i < exchanges; i++)
        {
            t += p.Seconds(3, 400);
            Typed(p, OperationKind.AgentMessage, room, t, messages);
            if (p.Chance(0.7))
            {
                t += p.Seconds(5, 900);
                Typed(p, OperationKind.VisitorMessage, room, t, messages);
            }
            if (p.Chance(0.03))
                posted += Side(p, OperationKind.Transfer, room, ref t, p.Chance(0.6) ? p.Pick(departments) : null);
            if (p.Chance(0.015))
            {
                posted += Side(p, OperationKind.PutOnHold, room, ref t, null);
                if (p.Chance(0.75))
                    posted += Side(p, OperationKind.ResumeRoom, room, ref t, null);
            }
            if (p.Chance(0.03))
            {
                t += p.Seconds(1, 60);
                posted += p.Add(t, OperationKind.SystemMessage, p.Label("M"), room) ? 1 : 0;
            }
        }
        return posted;
    }

    private static int Side(PlanBuilder p, OperationKind kind, string room, ref long t, string? with)
    {
        t += p.Seconds(5, kind == OperationKind.ResumeRoom ? 3600 : 120);
        return p.Add(t, kind, room, with) ? 1 : 0;
    }

    private static void Typed(PlanBuilder p, OperationKind kind, string room, long at, List<(string, long)> messages)
    {
        var label = p.Label("M");
        if (p.Add(at, kind, label, room))
            messages.Add((label, at));
    }
}
