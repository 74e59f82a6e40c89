using System.Text;
using OmniCharts.Reference.Workspace.Planning;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// A simulated Rocket.Chat workspace as a list of operations, in time order, that <see cref="WorkspacePlayer"/>
/// plays. Any subset of the operations still plays (what no longer fits writes nothing), so a failing script
/// shrinks by deleting operations: <see cref="WithoutRange"/>, <see cref="Without"/>, <see cref="ScriptShrinker"/>.
/// </summary>
public sealed class WorkspaceScript
{
    private WorkspaceScript(int seed, WorkspaceOptions options, DateTimeOffset windowStart, IReadOnlyList<WorkspaceOperation> operations)
    {
        Seed = seed;
        Options = options;
        WindowStart = windowStart;
        Operations = operations;
    }

    /// <summary>The seed: with <see cref="Options"/> it regenerates the script, and it derives every document id.</summary>
    public int Seed { get; }

    /// <summary>The sizes it was generated with.</summary>
    public WorkspaceOptions Options { get; }

    /// <summary>UTC midnight starting the simulated window; the first hour holds the workspace as it stood before.</summary>
    public DateTimeOffset WindowStart { get; }

    /// <summary>The end of the window (exclusive): <see cref="WorkspaceOptions.Weeks"/> weeks after its start.</summary>
    public DateTimeOffset WindowEnd => WindowStart.AddDays(7 * Options.Weeks);

    /// <summary>The operations in the order they are played (by <see cref="WorkspaceOperation.At"/>).</summary>
    public IReadOnlyList<WorkspaceOperation> Operations { get; }

    /// <summary>The script of <paramref name="seed"/>: the same seed and options always give the same script.</summary>
    public static WorkspaceScript Generate(int seed, WorkspaceOptions? options = null)
    {
        options ??= WorkspaceOptions.Default;
        options.Validate();
        var (windowStart, operations) = ScriptPlanner.Plan(seed, options);
        return new WorkspaceScript(seed, options, windowStart, operations);
    }

    /// <summary>This script without the <paramref name="count"/> operations from index <paramref name="start"/>.</summary>
    public WorkspaceScript WithoutRange(int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return With([.. Operations.Where((_, i) => i < start || i >= start + count)]);
    }

    /// <summary>This script without the operations at <paramref name="indices"/> (positions in <see cref="Operations"/>).</summary>
    public WorkspaceScript Without(IEnumerable<int> indices)
    {
        var removed = indices.ToHashSet();
        return With([.. Operations.Where((_, i) => !removed.Contains(i))]);
    }

    /// <summary>Only the operations whose <see cref="WorkspaceOperation.Number"/> is listed: replays a shrunk script from its printout.</summary>
    public WorkspaceScript Only(IEnumerable<int> numbers)
    {
        var kept = numbers.ToHashSet();
        return With([.. Operations.Where(o => kept.Contains(o.Number))]);
    }

    /// <summary>The seed, the options and every operation, one per line: what a failing test prints.</summary>
    public string Describe()
    {
        var text = new StringBuilder().AppendLine(ToString());
        foreach (var operation in Operations)
            text.AppendLine(operation.ToString());
        text.Append("Replay: WorkspaceScript.Generate(").Append(Seed).Append(", ").Append(Options).Append(").Only([")
            .AppendJoin(", ", Operations.Select(o => o.Number)).Append("])");
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"WorkspaceScript(seed {Seed}, {Options}, from {WindowStart:yyyy-MM-dd}, {Operations.Count} operations)";

    private WorkspaceScript With(IReadOnlyList<WorkspaceOperation> operations) => new(Seed, Options, WindowStart, operations);
}
