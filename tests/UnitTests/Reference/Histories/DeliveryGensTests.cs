using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OmniCharts.Reference.Histories;

namespace OmniCharts.UnitTests.Reference.Histories;

public class DeliveryGensTests
{
    private static readonly Arbitrary<(History, IReadOnlyList<DocumentChange>)> Delivered =
        (from history in HistoryGens.Histories(new HistoryOptions(MaxRooms: 4, MaxSteps: 30))
         from deliveries in DeliveryGens.Deliveries(history)
         select (history, deliveries)).ToArbitrary();

    [Property(MaxTest = 50)]
    public Property Every_change_is_delivered_at_least_once_and_nothing_else_is() => Prop.ForAll(Delivered, pair =>
    {
        var (history, deliveries) = pair;
        var sent = history.Changes.ToHashSet();
        return sent.SetEquals(deliveries) && deliveries.Count >= history.Changes.Count && deliveries.Count <= history.Changes.Count + 10;
    });
}
