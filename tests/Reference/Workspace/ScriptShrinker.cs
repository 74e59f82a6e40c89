namespace OmniCharts.Reference.Workspace;

/// <summary>
/// Makes a failing script smaller by deleting operations while the failure persists (delta debugging: halves,
/// then quarters, … down to single operations), so that a test can print the smallest failing history.
/// </summary>
public static class ScriptShrinker
{
    /// <summary>
    /// A script no larger than <paramref name="script"/> for which <paramref name="fails"/> still holds, after at most
    /// <paramref name="maxTries"/> calls of <paramref name="fails"/>. <paramref name="fails"/> must hold for the input.
    /// </summary>
    public static WorkspaceScript Shrink(WorkspaceScript script, Func<WorkspaceScript, bool> fails, int maxTries = 200)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(fails);
        var tries = 0;
        var chunk = Math.Max(1, script.Operations.Count / 2);
        while (tries < maxTries)
        {
            var removedAny = false;
            for (var start = 0; start < script.Operations.Count && tries < maxTries; tries++)
            {
                var candidate = script.WithoutRange(start, chunk);
                if (fails(candidate))
                {
                    script = candidate;
                    removedAny = true;
                }
                else
                {
                    start += chunk;
                }
            }
            if (chunk == 1 && !removedAny)
                break;
            chunk = Math.Max(1, chunk / 2);
        }
        return script;
    }
}
