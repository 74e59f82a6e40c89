namespace OmniCharts.ExportGenerator.Generation;

/// <summary>Every random choice of one export, drawn in a fixed order from one seeded generator.</summary>
public sealed class Dice(int seed)
{
    private const string IdAlphabet = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";

    private readonly Random _random = new(seed);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>An integer in [min, max).</summary>
    public int Between(int min, int max) => _random.Next(min, max);

    /// <summary>A number in [0, 1).</summary>
    public double Unit() => _random.NextDouble();

    /// <summary>One of the items.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An index drawn in proportion to the weights.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var roll = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count - 1; i++)
        {
            if ((roll -= weights[i]) < 0)
                return i;
        }
        return weights.Count - 1;
    }

    /// <summary>A log-normal duration in milliseconds around <paramref name="medianMs"/>, clamped.</summary>
    public long Duration(double medianMs, double spread, long minMs, long maxMs)
    {
        // Box–Muller: a standard normal from two uniforms.
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        return Math.Clamp((long)(medianMs * Math.Exp(spread * normal)), minMs, maxMs);
    }

    /// <summary>A 17-character id like Meteor's <c>Random.id()</c>.</summary>
    public string MeteorId() => string.Create(17, _random, (span, random) =>
    {
        for (var i = 0; i < span.Length; i++)
            span[i] = IdAlphabet[random.Next(IdAlphabet.Length)];
    });
}
