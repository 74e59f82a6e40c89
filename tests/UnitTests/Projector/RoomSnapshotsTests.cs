using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.Projector.Rooms;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.UnitTests.Projector;

public sealed class RoomSnapshotsTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 10, 10, 7, 0, TimeSpan.Zero);

    [Fact]
    public void Omnichannel_room_keeps_its_identity_time_department_and_metrics_in_milliseconds()
    {
        var snapshot = RoomSnapshots.From(new RoomChanged("r1", 7, "l", Created, "d1", 61.2345, 4.5, 0.0015, 2));

        Assert.Equal(new RoomSnapshot("r1", 7, true, Created.ToUnixTimeMilliseconds(), "d1", new RoomMetrics(61_235, 4_500, 2, 2_000)), snapshot);
    }

    [Fact]
    public void Room_of_another_type_is_kept_but_marked_as_not_omnichannel() =>
        Assert.False(RoomSnapshots.From(new RoomChanged("r1", 1, "d", Created, null, null, null, null, null)).IsOmnichannel);

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(0.0004)]
    public void Missing_zero_negative_or_sub_millisecond_metric_is_absent(double? seconds) =>
        Assert.Null(RoomSnapshots.From(new RoomChanged("r1", 1, "l", Created, null, null, seconds, null, null)).Metrics.FirstResponse);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e10)]
    public void Metric_that_is_not_a_finite_number_of_seconds_is_malformed(double seconds)
    {
        var error = Assert.Throws<MalformedEventException>(
            () => RoomSnapshots.From(new RoomChanged("r1", 1, "l", Created, null, seconds, null, null, null)));
        Assert.Contains("metrics.chatDuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_version_is_malformed() =>
        Assert.Contains("SourceVersion -1", Assert.Throws<MalformedEventException>(
            () => RoomSnapshots.From(new RoomChanged("r1", -1, "l", Created, null, null, null, null, null))).Message, StringComparison.Ordinal);

    [Fact]
    public void Version_zero_is_a_document_without_updated_at() =>
        Assert.Equal(0, RoomSnapshots.From(new RoomChanged("r1", 0, "l", Created, null, null, null, null, null)).Version);

    [Fact]
    public void A_room_that_is_not_omnichannel_needs_no_creation_time_and_keeps_nothing_else() =>
        Assert.Equal(RoomSnapshot.NotOmnichannel("c1", 5),
            RoomSnapshots.From(new RoomChanged("c1", 5, "c", default, "dep", 3, 4, 5, 6)));

    [Fact]
    public void Empty_room_id_is_malformed() =>
        Assert.Throws<MalformedEventException>(() => RoomSnapshots.From(new RoomChanged("", 1, "l", Created, null, null, null, null, null)));

    [Fact]
    public void Missing_creation_time_is_malformed() =>
        Assert.Throws<MalformedEventException>(() => RoomSnapshots.From(new RoomChanged("r1", 1, "l", default, null, null, null, null, null)));
}
