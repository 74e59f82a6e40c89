using System.Diagnostics;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>Waits on a condition with a deadline generous enough for a soak step on two busy cores; a timeout fails the test.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public static async Task HoldsAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > Deadline)
                Assert.Fail($"Timed out after {Deadline.TotalSeconds} s waiting for {what()}.");
            await Task.Delay(50);
        }
    }
}
