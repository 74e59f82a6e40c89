using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>Server zones that make bucket planning hard (DST either side, half and quarter hours, half-hour DST, midnight DST).</summary>
public static class ParityZones
{
    public static IReadOnlyList<string> Servers { get; } =
        ["UTC", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe", "America/Santiago"];

    /// <summary>Every server zone with both label styles.</summary>
    public static TheoryData<string, HourlyLabelStyle> WithLabelStyles()
    {
        var data = new TheoryData<string, HourlyLabelStyle>();
        foreach (var zone in Servers)
        {
            data.Add(zone, HourlyLabelStyle.Fixed);
            data.Add(zone, HourlyLabelStyle.RocketChat711);
        }
        return data;
    }

    /// <summary>A "now" for the 7.11 labels: any month, so both DST seasons of "today" come up.</summary>
    public static DateTimeOffset Now(Random random) =>
        new(2026, random.Next(1, 13), random.Next(1, 29), random.Next(24), random.Next(60), 0, TimeSpan.Zero);
}
