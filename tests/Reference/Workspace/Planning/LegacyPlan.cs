namespace OmniCharts.Reference.Workspace.Planning;

/// <summary>
/// Closed Omnichannel conversations written by an import, without <c>_updatedAt</c>, in the first hour; later, one of
/// their messages may be edited and one of them reopened (their first versioned writes).
/// </summary>
internal static class LegacyPlan
{
    private const long FiftyMinutes = 50 * 60_000;

    public static void Plan(PlanBuilder p, IReadOnlyList<string> departments)
    {
        var imported = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var room = p.Label("L");
            imported.Add(room);
            p.Add(p.Start + FiftyMinutes + i, OperationKind.ImportClosedConversation, room, p.Chance(0.7) ? p.Pick(departments) : null, unversioned: true);
        }
        if (p.Chance(0.6))
            p.Add(PlanTimes.Busy(p.Random, p.Live, p.Latest), OperationKind.EditMessage, p.Pick(imported) + ".m1");
        if (p.Chance(0.4))
            p.Add(PlanTimes.Busy(p.Random, p.Live, p.Latest), OperationKind.ReopenRoom, p.Pick(imported));
    }
}
