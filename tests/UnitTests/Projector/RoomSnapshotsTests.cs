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

        Assert.Equal(new RoomSnapshot("r1", 7, true, Created.ToUnixTimeMilliseconds(), "d1", new RoomMetrics(61_235, 4_500, 2, 2_000), RoomOverview.None), snapshot);
    }

    [Fact]
    public void Open_means_metrics_without_a_chat_duration_and_not_on_hold()
    {
        static bool Open(double? chatDuration, bool? onHold, bool? hasMetrics) =>
            RoomSnapshots.From(new RoomChanged("r1", 1, "l", Created, null, chatDuration, null, null, null, OnHold: onHold, HasMetrics: hasMetrics)).Overview!.IsOpen;

        Assert.True(Open(null, false, true));
        Assert.True(Open(0, null, true));
        Assert.False(Open(0.0001, false, true));
        Assert.False(Open(-2, false, true));
        Assert.False(Open(null, true, true));
        Assert.False(Open(null, false, false));
        Assert.False(Open(null, false, null));
    }

    [Fact]
    public void Productivity_needs_response_and_reaction_and_keeps_null_zero_negative_and_missing_apart()
    {
        static RoomProductivity? Productivity(bool? response, bool? reaction) => RoomSnapshots.From(new RoomChanged(
            "r1", 1, "l", Created, null, null, null, -1.5, 0.0004, HasResponseMetrics: response, HasReactionMetrics: reaction,
            HasAverageResponse: true, HasFirstResponse: true, HasFirstReaction: true)).Overview!.Productivity;

        Assert.Null(Productivity(true, false));
        Assert.Null(Productivity(null, true));
        // ft is a null field (adds 0), avg −1.5 s, reaction.ft 0.4 ms (adds 0 after rounding to ms).
        Assert.Equal(new RoomProductivity(-1_500, 0, 0), Productivity(true, true));
        var missing = RoomSnapshots.From(new RoomChanged("r1", 1, "l", Created, null, null, 2, 3, 4,
            HasResponseMetrics: true, HasReactionMetrics: true, HasAverageResponse: true, HasFirstResponse: false, HasFirstReaction: true));
        Assert.Equal(new RoomProductivity(3_000, null, 4_000), missing.Overview!.Productivity);
    }

    [Fact]
    public void Agents_are_kept_by_username_and_an_empty_one_is_none()
    {
        var overview = RoomSnapshots.From(new RoomChanged("r1", 1, "l", Created, null, null, null, null, null,
            ServedByUsername: "chloé", ResponseByUsername: "")).Overview!;

        Assert.Equal(("chloé", (string?)null), (overview.ServedBy, overview.ResponseBy));
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
