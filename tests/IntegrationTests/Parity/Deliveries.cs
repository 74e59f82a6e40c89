namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// How a broker might hand the events over: every event at least once, in a seeded random order, with some
/// redelivered (so stale versions arrive after newer ones and duplicates after their originals).
/// </summary>
public static class Deliveries
{
    public static IReadOnlyList<object> Shuffled(IReadOnlyList<object> events, int seed)
    {
        var random = new Random(seed);
        var duplicates = random.Next(0, events.Count / 4 + 2);
        var all = events.Concat(Enumerable.Range(0, events.Count == 0 ? 0 : duplicates).Select(_ => events[random.Next(events.Count)])).ToArray();
        random.Shuffle(all);
        return all;
    }
}
