namespace OmniCharts.Reference.Histories;

/// <summary>Makes a random but reproducible Rocket.Chat history from a seed.</summary>
public static class HistoryGenerator
{
    /// <summary>The history of <paramref name="seed"/>: the same seed and options always give the same history.</summary>
    public static History Generate(int seed, HistoryOptions? options = null)
    {
        options ??= HistoryOptions.Default;
        var random = new Random(seed);
        var windowStart = Moments.WindowStart(random);
        var log = new ChangeLog(windowStart.ToUnixTimeMilliseconds(), random);
        var departments = Enumerable.Range(0, random.Next(1, options.MaxDepartments + 1)).Select(i => $"dep-{i}").ToList();
        var state = new HistoryState(random, log, windowStart, departments, seed ^ 0x5A5A5A5);
        var callers = DirectorySteps.Seed(state);

        (int Weight, Func<bool> Step)[] steps =
        [
            (20, () => RoomSteps.Create(state, options.MaxRooms)),
            (18, () => RoomSteps.MoveMetrics(state)),
            (8, () => RoomSteps.Close(state)),
            (4, () => RoomSteps.Reopen(state)),
            (5, () => RoomSteps.Transfer(state)),
            (1, () => RoomSteps.RemoveDepartment(state)),
            (2, () => RoomSteps.Delete(state)),
            (28, () => MessageSteps.Add(state)),
            (5, () => MessageSteps.Edit(state)),
            (3, () => MessageSteps.GainType(state)),
            (3, () => MessageSteps.Delete(state)),
            (2, () => DirectorySteps.Change(state)),
        ];
        var total = steps.Sum(s => s.Weight);
        var count = random.Next(options.MaxSteps / 4, options.MaxSteps + 1);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(total);
            var step = steps.First(s => (roll -= s.Weight) < 0);
            // A step that finds nothing to change (no open room yet, say) makes no change.
            step.Step();
        }

        var first = DateOnly.FromDateTime(windowStart.UtcDateTime);
        return new History(seed, log.Changes,
            new RawDocuments(log.Live(Collections.Rooms), log.Live(Collections.Messages), log.Live(Collections.Users),
                log.Live(Collections.Permissions), log.Live(Collections.Settings)),
            callers, departments, first, first.AddDays(2));
    }
}
