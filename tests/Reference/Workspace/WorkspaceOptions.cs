namespace OmniCharts.Reference.Workspace;

/// <summary>How big a simulated workspace is.</summary>
/// <param name="Weeks">Simulated weeks after the first hour (the workspace as it stood before, legacy documents included).</param>
/// <param name="OmnichannelRooms">Omnichannel conversations opened (<c>t: 'l'</c>), besides a few imported legacy ones.</param>
/// <param name="TeamRooms">Channels, private groups and direct messages (<c>t: 'c'</c>, <c>'p'</c>, <c>'d'</c>).</param>
/// <param name="Users">Users, agents and the callers included (at least 8).</param>
/// <param name="Departments">Omnichannel departments (at least 2).</param>
/// <param name="TeamChatShare">The share of new messages that are team chat rather than Omnichannel.</param>
public sealed record WorkspaceOptions(
    int Weeks = 2,
    int OmnichannelRooms = 200,
    int TeamRooms = 30,
    int Users = 24,
    int Departments = 4,
    double TeamChatShare = 0.82)
{
    /// <summary>Small enough for a unit test: 200 Omnichannel and 30 team rooms, about 21,000 writes and 8,500 messages.</summary>
    public static WorkspaceOptions Default { get; } = new();

    /// <summary>For a soak test: four weeks, 2,000 Omnichannel and 120 team rooms, about 208,000 writes and 86,000 messages.</summary>
    public static WorkspaceOptions Soak { get; } = new(Weeks: 4, OmnichannelRooms: 2000, TeamRooms: 120, Users: 100, Departments: 8);

    internal void Validate()
    {
        if (Weeks < 1 || OmnichannelRooms < 0 || TeamRooms < 0 || Users < 8 || Departments < 2 || TeamChatShare is < 0 or > 0.98)
            throw new ArgumentOutOfRangeException(nameof(WorkspaceOptions), this, "weeks ≥ 1, users ≥ 8, departments ≥ 2, share in [0, 0.98]");
    }
}
