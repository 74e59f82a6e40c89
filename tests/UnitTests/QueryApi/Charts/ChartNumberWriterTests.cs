using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using OmniCharts.QueryApi.Charts;

namespace OmniCharts.UnitTests.QueryApi.Charts;

/// <summary>The fast writer of chart numbers must print exactly what the JSON writer's shortest form prints.</summary>
public sealed class ChartNumberWriterTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(3.0, "3")]
    [InlineData(12.5, "12.5")]
    [InlineData(0.07, "0.07")]
    [InlineData(1.1, "1.1")]
    [InlineData(2.68, "2.68")]
    [InlineData(-4.05, "-4.05")]
    [InlineData(9_999_999_999_999.99, "9999999999999.99")]
    public void Hundredths_print_like_the_json_writer(double value, string expected)
    {
        Assert.True(ChartNumberWriter.TryFormatHundredths(value, new byte[24], out _));
        Assert.Equal($"[{expected}]", Written(value, fast: true));
        Assert.Equal(Written(value, fast: false), Written(value, fast: true));
    }

    [Theory]
    [InlineData(-0.0)]
    [InlineData(0.001)]
    [InlineData(1e13)]
    [InlineData(double.NaN)]
    [InlineData(1.0 / 3)]
    public void Other_values_are_left_to_the_json_writer(double value)
    {
        Assert.False(ChartNumberWriter.TryFormatHundredths(value, new byte[24], out _));
    }

    [Property(MaxTest = 20_000)]
    public bool Rounded_means_print_like_the_json_writer(long totalMs, int count)
    {
        // What ChartValues makes of a mean: seconds rounded to cents the JavaScript way.
        var value = JsMath.RoundToCents(totalMs / 1000.0 / Math.Max(1, Math.Abs(count % 5_000)));
        return Written(value, fast: true) == Written(value, fast: false);
    }

    [Property(MaxTest = 20_000)]
    public bool Any_double_prints_like_the_json_writer(double value) =>
        !double.IsFinite(value) || Written(value, fast: true) == Written(value, fast: false);

    [Property(MaxTest = 20_000)]
    public bool Counts_print_like_the_json_writer(int count) => Written(count, fast: true) == Written(count, fast: false);

    private static string Written(double value, bool fast)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            if (fast)
                ChartNumberWriter.Write(writer, value);
            else
                writer.WriteNumberValue(value);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
