namespace OmniCharts.Reference.Workspace.Planning;

/// <summary>Collects the operations of a script being generated, with fresh labels and their rolls.</summary>
internal sealed class PlanBuilder(Random random, DateTimeOffset windowStart, int weeks)
{
    private const long Hour = 3_600_000;
    private readonly List<(long At, int Order, OperationKind Kind, string Target, string? With, int Roll, bool Unversioned)> _operations = [];
    private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);
    private long _bootstrap = windowStart.ToUnixTimeMilliseconds();

    public Random Random => random;

    public long Start { get; } = windowStart.ToUnixTimeMilliseconds();

    /// <summary>Where the simulated weeks begin, after the first hour that holds the workspace as it stood before.</summary>
    public long Live => Start + Hour;

    /// <summary>The middle of the window.</summary>
    public long Middle => Start + weeks * 7 * 12 * Hour;

    /// <summary>No operation after this: ten minutes before the window ends, so small pauses stay inside it.</summary>
    public long Latest => Start + weeks * 7 * 24 * Hour - 10 * 60_000;

    public string Label(string prefix)
    {
        var next = _labels.GetValueOrDefault(prefix);
        _labels[prefix] = next + 1;
        return prefix + next;
    }

    /// <summary>The next moment of the first hour, 20 ms after the previous one: the workspace as it stood before.</summary>
    public long Bootstrap() => _bootstrap += 20;

    /// <summary>Adds an operation unless it falls after <see cref="Latest"/>; every call draws its roll.</summary>
    public bool Add(long at, OperationKind kind, string target, string? with = null, bool unversioned = false)
    {
        var roll = random.Next();
        if (at > Latest)
            return false;
        _operations.Add((at, _operations.Count, kind, target, with, roll, unversioned));
        return true;
    }

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A duration of <paramref name="minSeconds"/> to <paramref name="maxSeconds"/> seconds, in ms with a random millisecond part.</summary>
    public long Seconds(int minSeconds, int maxSeconds) => random.NextInt64(minSeconds * 1000L, maxSeconds * 1000L + 1);

    public IReadOnlyList<WorkspaceOperation> Build() =>
        [.. _operations.OrderBy(o => o.At).ThenBy(o => o.Order)
            .Select((o, i) => new WorkspaceOperation(i, o.At, o.Kind, o.Target, o.With, o.Roll, o.Unversioned))];
}
