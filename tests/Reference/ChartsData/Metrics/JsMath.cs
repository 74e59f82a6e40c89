namespace OmniCharts.Reference.ChartsData.Metrics;

/// <summary>JavaScript's rounding as the chart uses it.</summary>
public static class JsMath
{
    /// <summary>
    /// <c>Math.round(v * 100) / 100</c> in doubles: the product keeps its float artefacts
    /// (<c>1.005</c> gives <c>1</c>, <c>2.675</c> gives <c>2.68</c>) and ties go up.
    /// </summary>
    public static double RoundToCents(double value)
    {
        var scaled = value * 100;
        var floor = Math.Floor(scaled);
        // Not floor(x + 0.5): that addition can itself round up (0.49999999999999994 + 0.5 == 1).
        var rounded = scaled - floor >= 0.5 ? floor + 1 : floor;
        return rounded / 100;
    }
}
