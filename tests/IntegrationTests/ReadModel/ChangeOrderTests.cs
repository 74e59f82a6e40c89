using FsCheck.Xunit;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.ReadModel;

public sealed class ChangeOrderTests(ITestOutputHelper output)
{
    private static readonly int[] InOrder = [.. Enumerable.Range(0, History.Changes.Count)];

    [Fact]
    public async Task Same_changes_in_reverse_order_leave_identical_data()
    {
        var forward = await History.ReplayAsync(InOrder);
        output.WriteLine(forward);

        Assert.Equal(forward, await History.ReplayAsync(InOrder.Reverse()));
        Assert.Contains(":all:day:", forward, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replaying_everything_twice_changes_nothing()
    {
        Assert.Equal(await History.ReplayAsync(InOrder), await History.ReplayAsync([.. InOrder, .. InOrder]));
    }

    /// <summary>Any permutation of the history, with any changes delivered again anywhere, leaves the same data.</summary>
    [Property(MaxTest = 25)]
    public async Task<bool> Any_order_with_duplicates_leaves_identical_data(int[] sortKeys, int[] duplicates)
    {
        var count = InOrder.Length;
        var shuffled = InOrder.OrderBy(i => sortKeys.Length == 0 ? 0 : sortKeys[i % sortKeys.Length]).ToList();
        foreach (var duplicate in duplicates)
            shuffled.Insert(Math.Abs(duplicate % (shuffled.Count + 1)), Math.Abs(duplicate % count));

        var expected = await History.ReplayAsync(InOrder);
        var actual = await History.ReplayAsync(shuffled);
        if (expected != actual)
            output.WriteLine($"order {string.Join(',', shuffled)}\nexpected\n{expected}\nactual\n{actual}");
        return expected == actual;
    }
}
