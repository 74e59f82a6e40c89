using System.Diagnostics;
using System.Globalization;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Churn;

/// <summary>
/// <c>churn --prefix P --rate N --seconds S --day yyyy-MM-dd [--department D]</c>: a busy workspace's writes while
/// the read path is loaded. Changes N rooms a second, for S seconds, through the real writer into the live generation:
/// rooms of <c>day</c> (the last day of the range under load) opened, served, answered and closed again, half of
/// them in department D. Every change raises the version of the day's month, so an answer kept for a range holding
/// that day is out of date after each write.
/// </summary>
public static class ReadModelChurn
{
    private const int Rooms = 500;

    /// <summary>Writes until the time is up and returns the exit code.</summary>
    public static async Task<int> RunAsync(IConnectionMultiplexer redis, string prefix, double rate, double seconds, DateOnly day, string? department)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        var writer = new ReadModelWriter(redis, new RedisKeySchema(prefix));
        var random = new Random(20261205);
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        var clock = Stopwatch.StartNew();
        var version = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000;
        long written = 0;
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        while (clock.Elapsed.TotalSeconds < seconds && await tick.WaitForNextTickAsync())
        {
            // As many writes as the rate asks for by now: the timer's ticks may slip, the rate does not.
            var due = (long)(clock.Elapsed.TotalSeconds * rate);
            for (; written < due; written++)
            {
                var agent = "churn-agent" + random.Next(5);
                var room = new RoomSnapshot(
                    "churn-" + random.Next(Rooms), ++version, true, midnight + random.NextInt64(86_400_000),
                    random.Next(2) == 0 ? department : null,
                    new RoomMetrics(random.Next(60_000, 3_600_000), random.Next(1_000, 600_000), random.Next(1_000, 300_000), random.Next(1_000, 60_000)),
                    new RoomOverview(random.Next(3) == 0, random.Next(5) == 0, agent, agent, null));
                await writer.ApplyRoomAsync(room);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"churn: {written} room changes in {clock.Elapsed.TotalSeconds:F1} s ({written / clock.Elapsed.TotalSeconds:F1}/s) on {day:yyyy-MM-dd}"));
        return 0;
    }
}
