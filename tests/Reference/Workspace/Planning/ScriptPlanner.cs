namespace OmniCharts.Reference.Workspace.Planning;

/// <summary>Generates a script: the workspace as it stood (first hour), then weeks of Omnichannel and team traffic.</summary>
internal static class ScriptPlanner
{
    public static (DateTimeOffset WindowStart, IReadOnlyList<WorkspaceOperation> Operations) Plan(int seed, WorkspaceOptions options)
    {
        var random = new Random(seed);
        var windowStart = PlanTimes.WindowStart(random, options.Weeks);
        var p = new PlanBuilder(random, windowStart, options.Weeks);
        var departments = Enumerable.Range(0, options.Departments).Select(_ => p.Label("D")).ToList();

        DirectoryPlan.Plan(p, options);
        LegacyPlan.Plan(p, departments);
        var omnichannelMessages = 0;
        for (var i = 0; i < options.OmnichannelRooms; i++)
            omnichannelMessages += ConversationPlan.Plan(p, departments);
        TeamChatPlan.Plan(p, options, omnichannelMessages);

        // Departments go away in the second half: one always, a second sometimes.
        foreach (var department in departments.Skip(1).Take(p.Chance(0.3) ? 2 : 1))
            p.Add(PlanTimes.Busy(p.Random, p.Middle, p.Latest), OperationKind.RemoveDepartment, department);
        return (windowStart, p.Build());
    }
}
