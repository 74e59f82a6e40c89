using OmniCharts.Reference.Workspace.Playing;

namespace OmniCharts.Reference.Workspace;

/// <summary>Plays a <see cref="WorkspaceScript"/>: the same script always gives the same writes, byte for byte.</summary>
public static class WorkspacePlayer
{
    /// <summary>Executes every operation in order as Rocket.Chat's MongoDB writes; one that does not fit writes nothing.</summary>
    public static SimulatedWorkspace Play(WorkspaceScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var context = new PlayContext(script);
        var writesPerOperation = new int[script.Operations.Count];
        for (var i = 0; i < script.Operations.Count; i++)
        {
            var before = context.Db.Writes.Count;
            context.Begin(i, script.Operations[i]);
            Moves.Play(context);
            writesPerOperation[i] = context.Db.Writes.Count - before;
        }
        var departments = script.Operations
            .SelectMany(o => new[] { o.Target, o.With })
            .OfType<string>()
            .Where(IsDepartmentLabel)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(l => int.Parse(l[1..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(context.DepartmentId)
            .ToList();
        return new SimulatedWorkspace(script, context.Db.Writes, writesPerOperation, context.Tokens.All(), CallerPicker.Pick(context), departments);
    }

    private static bool IsDepartmentLabel(string label) => label.Length > 1 && label[0] == 'D' && label[1..].All(char.IsAsciiDigit);
}
