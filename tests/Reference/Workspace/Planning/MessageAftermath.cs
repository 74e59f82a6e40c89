namespace OmniCharts.Reference.Workspace.Planning;

/// <summary>Some messages are edited (once or twice), deleted, or deleted with status after they were sent.</summary>
internal static class MessageAftermath
{
    public static void Plan(PlanBuilder p, IEnumerable<(string Label, long At)> messages)
    {
        foreach (var (label, at) in messages)
        {
            var roll = p.Random.NextDouble();
            if (roll < 0.05)
            {
                var edited = at + p.Seconds(5, 3600);
                p.Add(edited, OperationKind.EditMessage, label);
                if (p.Chance(0.2))
                    p.Add(edited + p.Seconds(5, 600), OperationKind.EditMessage, label);
            }
            else if (roll < 0.07)
            {
                p.Add(at + p.Seconds(5, 86_400), OperationKind.DeleteMessage, label);
            }
            else if (roll < 0.085)
            {
                p.Add(at + p.Seconds(5, 86_400), OperationKind.DeleteMessageWithStatus, label);
            }
        }
    }
}
