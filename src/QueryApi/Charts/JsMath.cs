namespace OmniCharts.QueryApi.Charts;

/// <summary>JavaScript's rounding, bit for bit.</summary>
public static class JsMath
{
    /// <summary>
    /// <c>Math.round(x)</c>: the nearest integer, ties toward +∞. Not <c>Math.Floor(x + 0.5)</c>, which
    /// rounds 0.49999999999999994 up because the addition itself rounds; <c>x − floor(x)</c> is exact.
    /// </summary>
    public static double Round(double x)
    {
        if (!double.IsFinite(x))
            return x;
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary><c>Math.round(v * 100) / 100</c>, with its float artefacts (1.005 → 1, 2.675 → 2.68).</summary>
    public static double RoundToCents(double v) => Round(v * 100) / 100;
}
