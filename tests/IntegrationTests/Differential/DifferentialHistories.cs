using System.Globalization;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// The simulated workspaces a differential test feeds through its path. By default one small workspace per path
/// (a week, 60 Omnichannel and 10 team rooms: about 5,000 writes), so that the five paths fit in about three minutes;
/// with <c>DIFFERENTIAL_SOAK=N</c>, N workspaces of <see cref="WorkspaceOptions.Default"/> (two weeks, 200 and 30
/// rooms, about 21,000 writes) per path, with every request at every step.
/// </summary>
public static class DifferentialHistories
{
    /// <summary>The soak flag: a number of histories per path.</summary>
    public const string SoakVariable = "DIFFERENTIAL_SOAK";

    /// <summary>The default run's size: every operation kind still plays, on a quarter of the default workspace.</summary>
    public static WorkspaceOptions Small { get; } = new(Weeks: 1, OmnichannelRooms: 60, TeamRooms: 10, Users: 10, Departments: 3);

    /// <summary>Histories per path in a soak run; 0 in the default run.</summary>
    public static int Soak =>
        int.TryParse(Environment.GetEnvironmentVariable(SoakVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;

    /// <summary>The size of every history of this run.</summary>
    public static WorkspaceOptions Options => Soak > 0 ? WorkspaceOptions.Default : Small;

    /// <summary>The seeds of one path: <paramref name="first"/>, then one more per soak history (the default run's seed comes first).</summary>
    public static TheoryData<int> Seeds(int first)
    {
        var seeds = new TheoryData<int>();
        for (var i = 0; i < Math.Max(1, Soak); i++)
            seeds.Add(first + 1000 * i);
        return seeds;
    }

    /// <summary>Plays the workspace of <paramref name="seed"/> at this run's size.</summary>
    public static SimulatedWorkspace Play(int seed) => WorkspacePlayer.Play(WorkspaceScript.Generate(seed, Options));
}
