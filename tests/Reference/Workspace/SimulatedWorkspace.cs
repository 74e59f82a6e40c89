using OmniCharts.Reference.Histories;
using OmniCharts.Reference.Workspace.Sources;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// A played <see cref="WorkspaceScript"/>: the log of every MongoDB write, and what each source would see of it
/// (<see cref="StateAt"/> for backfills, pollers and the oracle; <see cref="MongoExport"/> for export files;
/// <see cref="ChangeStream"/> for a change stream). Every output is a pure function of the log.
/// </summary>
public sealed class SimulatedWorkspace
{
    private readonly Lazy<WriteIndex> _index;
    private readonly Lazy<WorkspaceState> _final;

    internal SimulatedWorkspace(
        WorkspaceScript script, IReadOnlyList<WorkspaceWrite> writes, IReadOnlyList<int> writesPerOperation,
        IReadOnlyList<IssuedToken> tokens, IReadOnlyDictionary<string, Credential> callers, IReadOnlyList<string> departments)
    {
        Script = script;
        Writes = writes;
        WritesPerOperation = writesPerOperation;
        Tokens = tokens;
        CallersByRole = callers;
        Departments = departments;
        _index = new(() => new WriteIndex(writes));
        _final = new(() => StateFolder.Fold(writes, writes.Count));
    }

    /// <summary>The script that was played.</summary>
    public WorkspaceScript Script { get; }

    /// <summary>Every write in the order it happened; <see cref="WorkspaceWrite.WallTime"/> never decreases.</summary>
    public IReadOnlyList<WorkspaceWrite> Writes { get; }

    /// <summary>For each operation of <see cref="Script"/>, how many writes it made (0: it did not fit and was a no-op).</summary>
    public IReadOnlyList<int> WritesPerOperation { get; }

    /// <summary>Every login token issued, with the writes that issued and revoked it.</summary>
    public IReadOnlyList<IssuedToken> Tokens { get; }

    /// <summary>
    /// Callers by role: <c>manager</c>, <c>monitor</c>, <c>admin</c> (may see the charts while the permission says so),
    /// <c>agent</c> (never may), <c>revoked</c> (a token that was revoked: 401 after its revocation). A shrunk script may lack some.
    /// </summary>
    public IReadOnlyDictionary<string, Credential> CallersByRole { get; }

    /// <summary>The callers of <see cref="CallersByRole"/>, in the order manager, monitor, agent, admin, revoked.</summary>
    public IReadOnlyList<Credential> Callers =>
        [.. new[] { "manager", "monitor", "agent", "admin", "revoked" }.Where(CallersByRole.ContainsKey).Select(r => CallersByRole[r])];

    /// <summary>Every department id the script names, removed ones included.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <summary>The first simulated UTC day.</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(Script.WindowStart.UtcDateTime);

    /// <summary>The last simulated UTC day.</summary>
    public DateOnly LastDay => DateOnly.FromDateTime(Script.WindowEnd.UtcDateTime).AddDays(-1);

    /// <summary>How many writes the workspace as it stood before the simulated weeks took (the first hour of the window).</summary>
    public int InitialWrites => CountBefore(Script.WindowStart.AddHours(1).ToUnixTimeMilliseconds());

    /// <summary>
    /// Write counts where a test should compare: after <see cref="InitialWrites"/>, at the end of each simulated UTC day,
    /// and at the end. At each, the next write is in a later millisecond than the last one before it, so an export since
    /// <see cref="TimeAt"/> of a checkpoint holds every later change.
    /// </summary>
    public IReadOnlyList<int> Checkpoints =>
        [.. Enumerable.Range(1, 7 * Script.Options.Weeks).Select(d => CountBefore(Script.WindowStart.AddDays(d).ToUnixTimeMilliseconds()))
            .Prepend(InitialWrites).Append(Writes.Count).Where(c => c > 0).Distinct().Order()];

    /// <summary>Every collection after the first <paramref name="writeCount"/> writes.</summary>
    public WorkspaceState StateAt(int writeCount) => writeCount == Writes.Count ? _final.Value : StateFolder.Fold(Writes, writeCount);

    /// <summary>Every collection after all writes.</summary>
    public WorkspaceState Final => _final.Value;

    /// <summary>The wall time (Unix ms) of the last of the first <paramref name="writeCount"/> writes: what an incremental export after them starts from.</summary>
    public long TimeAt(int writeCount) => writeCount == 0 ? Script.WindowStart.ToUnixTimeMilliseconds() - 1 : Writes[writeCount - 1].WallTime;

    /// <summary>How many writes happened before <paramref name="unixMs"/>.</summary>
    public int CountBefore(long unixMs)
    {
        int low = 0, high = Writes.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Writes[middle].WallTime < unixMs)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    internal WriteIndex Index => _index.Value;

    /// <inheritdoc />
    public override string ToString() =>
        $"SimulatedWorkspace({Script}: {Writes.Count} writes, {Final.Documents(Collections.Rooms).Count} rooms, {Final.Documents(Collections.Messages).Count} messages)";
}
