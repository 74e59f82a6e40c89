using OmniCharts.Contracts;
using OmniCharts.IntegrationTests.ReadModel;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Projector;

public sealed class ProjectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeMilliseconds(Rooms.Ts);
    private ProjectorUnderTest projector = null!;

    [Fact]
    public async Task Published_room_and_messages_reach_the_buckets_and_the_run_counts_them()
    {
        var run = Guid.NewGuid().ToString("N");
        await projector.PublishAsync(Room("r1", 1, "d1", firstResponse: 4.5), run);
        await projector.PublishAsync(new MessageChanged("m1", "r1", 1, null, false, Created), run);
        await projector.PublishAsync(new MessageChanged("m2", "r1", 1, null, false, Created), run);
        await projector.PublishAsync(new MessageChanged("m3", "r1", 1, "uj", false, Created), run);

        await ProjectorUnderTest.EventuallyAsync(async () => await RunAsync(run, RunField.Applied) == 4, "4 applied events");

        var slot = await projector.Redis.SlotAsync(SeriesScope.Department("d1"), Rooms.Ts);
        Assert.Equal(Rooms.Expected(("n", 1), ("msg", 2), ("ft.s", 4_500), ("ft.c", 1), ("ft.min", 4_500)), slot);
        Assert.Equal(0, await RunAsync(run, RunField.Failed));
    }

    private static RoomChanged Room(string id, long version, string? department, double? firstResponse = null) =>
        new(id, version, "l", Created, department, null, firstResponse, null, null);

    private async Task<long> RunAsync(string runId, string field) =>
        (long)await projector.Redis.Database.HashGetAsync(projector.Redis.Keys.Run(runId), field);

    public async Task InitializeAsync() => projector = await ProjectorUnderTest.StartAsync();

    public async Task DisposeAsync() => await projector.DisposeAsync();
}
