namespace OmniCharts.Reference.Workspace.Planning;

/// <summary>
/// Team chat, most of a real workspace's traffic: channels, groups and direct messages (two of them legacy, with
/// imported unversioned messages), people joining, and messages spread over office hours with a few busy rooms.
/// </summary>
internal static class TeamChatPlan
{
    private sealed record TeamRoom(string Label, string Type, long Created);

    public static void Plan(PlanBuilder p, WorkspaceOptions options, int omnichannelMessages)
    {
        var rooms = new List<TeamRoom>();
        for (var i = 0; i < options.TeamRooms; i++)
        {
            var legacy = i < 2;
            var type = legacy ? "c" : p.Random.Next(100) switch { < 40 => "c", < 65 => "p", _ => "d" };
            var created = legacy || p.Chance(0.6) ? p.Bootstrap() : PlanTimes.Busy(p.Random, p.Live, p.Middle);
            var room = new TeamRoom(p.Label("R"), type, created);
            p.Add(created, OperationKind.CreateTeamRoom, room.Label, type, unversioned: legacy);
            rooms.Add(room);
            if (legacy)
            {
                for (var m = p.Random.Next(6, 11); m > 0; m--)
                    p.Add(p.Bootstrap(), OperationKind.SendTeamMessage, p.Label("M"), room.Label, unversioned: true);
            }
        }
        if (rooms.Count == 0)
            return;

        var joins = 0;
        foreach (var room in rooms.Where(r => r.Type != "d"))
        {
            for (var j = p.Random.Next(1, 5); j > 0; j--)
                joins += p.Add(PlanTimes.Busy(p.Random, room.Created + 60_000, p.Latest), OperationKind.JoinTeamRoom, room.Label) ? 1 : 0;
        }

        // A few rooms carry most of the traffic: room k is picked with weight 1 / (k + 1).
        var weights = rooms.Select((_, k) => 1.0 / (k + 1)).ToArray();
        var total = weights.Sum();
        var wanted = (int)Math.Round(omnichannelMessages * options.TeamChatShare / (1 - options.TeamChatShare)) - joins;
        var sent = new List<(string, long)>();
        for (var i = 0; i < wanted; i++)
        {
            var roll = p.Random.NextDouble() * total;
            var k = 0;
            while (k < rooms.Count - 1 && (roll -= weights[k]) >= 0)
                k++;
            var label = p.Label("M");
            var at = PlanTimes.Busy(p.Random, rooms[k].Created + 60_000, p.Latest);
            if (p.Add(at, OperationKind.SendTeamMessage, label, rooms[k].Label))
                sent.Add((label, at));
        }
        MessageAftermath.Plan(p, sent);

        var deletable = rooms.Skip(2).Where(r => r.Type != "d").ToList();
        if (deletable.Count > 0 && p.Chance(0.5))
            p.Add(PlanTimes.Busy(p.Random, p.Middle, p.Latest), OperationKind.DeleteRoom, p.Pick(deletable).Label);
    }
}
