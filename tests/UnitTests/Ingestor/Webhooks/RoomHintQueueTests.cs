using OmniCharts.Ingestor.Webhooks;

namespace OmniCharts.UnitTests.Ingestor.Webhooks;

public sealed class RoomHintQueueTests
{
    [Fact]
    public void A_room_already_waiting_is_queued_once()
    {
        var queue = new RoomHintQueue(capacity: 10);

        var admissions = Enumerable.Range(0, 5).Select(_ => queue.Offer("r1")).ToList();

        Assert.Equal([HintAdmission.Queued, .. Enumerable.Repeat(HintAdmission.Duplicate, 4)], admissions);
        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public void A_full_queue_drops_new_rooms_and_keeps_the_waiting_ones()
    {
        var queue = new RoomHintQueue(capacity: 2);

        Assert.Equal(
            [HintAdmission.Queued, HintAdmission.Queued, HintAdmission.Dropped, HintAdmission.Duplicate],
            [queue.Offer("r1"), queue.Offer("r2"), queue.Offer("r3"), queue.Offer("r1")]);
        Assert.Equal(2, queue.Count);
    }

    [Fact]
    public async Task A_room_taken_for_fetching_can_be_queued_again()
    {
        var queue = new RoomHintQueue(capacity: 2);
        queue.Offer("r1");
        queue.Offer("r2");

        var taken = await queue.TakeAsync(CancellationToken.None);

        Assert.Equal("r1", taken);
        Assert.Equal(HintAdmission.Queued, queue.Offer("r1"));
        Assert.Equal(["r2", "r1"], [await queue.TakeAsync(CancellationToken.None), await queue.TakeAsync(CancellationToken.None)]);
    }

    [Fact]
    public void A_dropped_room_is_not_counted_as_waiting()
    {
        var queue = new RoomHintQueue(capacity: 1);
        queue.Offer("r1");

        queue.Offer("r2");

        Assert.Equal(1, queue.Count);
    }
}
