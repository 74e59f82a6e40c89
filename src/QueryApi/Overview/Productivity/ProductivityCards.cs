using OmniCharts.QueryApi.Overview.Conversations;
using OmniCharts.QueryApi.Overview.Formatting;

namespace OmniCharts.QueryApi.Overview.Productivity;

/// <summary>
/// overview <c>name=Productivity</c> (analytics-overview.md §4): the means of <c>response.avg</c>, <c>response.ft</c> and
/// <c>reaction.ft</c> over the rooms that have both <c>metrics.response</c> and <c>metrics.reaction</c>, zeros included,
/// NaN when one such room lacks the field, as HH:MM:SS.
/// </summary>
public static class ProductivityCards
{
    private static readonly string[] Titles = ["Avg_response_time", "Avg_first_response_time", "Avg_reaction_time"];

    /// <summary>
    /// The body from the Productivity rooms, the ms sums of their response.avg, response.ft and reaction.ft, then how
    /// many of them lack each of those fields (<see cref="OverviewMeasures.ProductivitySums"/>).
    /// </summary>
    public static byte[] Body(long[] sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        var rooms = sums[0];
        var json = new OverviewJson().Raw("[");
        for (var card = 0; card < Titles.Length; card++)
        {
            var seconds = rooms == 0 ? 0 : sums[4 + card] > 0 ? double.NaN : (double)sums[1 + card] / rooms / 1000;
            ConversationsCards.Card(json, Titles[card], first: card == 0).String(Duration.OfSeconds(seconds));
        }

        return json.Raw("}]").ToUtf8();
    }
}
