namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// Waits for every reply a reader queued in a batch before it parses any. The replies complete one by one on the
/// connection's reader thread and each completion resumes its awaiter on the thread pool: a parser that awaited them
/// one by one would chase them, resuming once per reply not there yet instead of once.
/// </summary>
internal static class BatchReplies
{
    /// <summary>A task that completes when every task of <paramref name="replies"/> and <paramref name="more"/> (nulls skipped) has.</summary>
    public static Task AllAsync(IEnumerable<Task?> replies, Task? more = null)
    {
        List<Task>? pending = null;
        foreach (var reply in replies)
        {
            if (reply is { IsCompleted: false })
                (pending ??= []).Add(reply);
        }

        if (more is { IsCompleted: false })
            (pending ??= []).Add(more);
        return pending is null ? Task.CompletedTask : Task.WhenAll(pending);
    }
}
