using System.Globalization;
using OmniCharts.QueryApi.Overview.Formatting;
using OmniCharts.ReadModel.Reading.Agents;

namespace OmniCharts.QueryApi.Overview.Agents;

/// <summary>
/// agent-overview's body (analytics-overview.md §5): <c>{"head":[…],"data":[…],"success":true}</c>, rows sorted by
/// <c>parseFloat(value)</c> (an HH:MM:SS value by its hours only), then by username (ordinal) where Rocket.Chat's
/// order is undefined.
/// </summary>
public static class AgentTable
{
    /// <summary>The body of <paramref name="variant"/> from each agent's totals of its family.</summary>
    public static byte[] Body(AgentVariant variant, IReadOnlyDictionary<string, AgentTotals> agents)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(agents);
        var listed = agents.Where(a => a.Value.Sums[variant.Count] > 0).ToList();
        var rooms = listed.Sum(a => a.Value.Sums[variant.Count]);
        var rows = listed.Select(a => RowOf(variant, a.Key, a.Value, rooms)).ToList();
        rows.Sort((a, b) =>
        {
            var byValue = variant.Descending ? b.SortKey.CompareTo(a.SortKey) : a.SortKey.CompareTo(b.SortKey);
            return byValue != 0 ? byValue : string.CompareOrdinal(a.Agent, b.Agent);
        });

        var json = new OverviewJson().Raw("{\"head\":[{\"name\":\"Agent\"},{\"name\":").String(variant.Column).Raw("}],\"data\":[");
        for (var i = 0; i < rows.Count; i++)
        {
            json.Raw(i == 0 ? "{\"name\":" : ",{\"name\":").String(rows[i].Agent).Raw(",\"value\":");
            if (rows[i].Text is { } text)
                json.String(text);
            else
                json.Number(rows[i].Number);
            json.Raw("}");
        }

        return json.Raw("],\"success\":true}").ToUtf8();
    }

    private static Row RowOf(AgentVariant variant, string agent, AgentTotals totals, long rooms)
    {
        var sum = totals.Sums[variant.Sum];
        var count = totals.Sums[variant.Count];
        switch (variant.Value)
        {
            case AgentValue.Share:
                var share = JsFixed.TwoDigits((double)count / rooms * 100);
                return new Row(agent, share + "%", 0, double.Parse(share, NumberStyles.Float, CultureInfo.InvariantCulture));
            case AgentValue.Count:
                return new Row(agent, null, sum, sum);
            default:
                var seconds = variant.Value == AgentValue.Mean ? (double)sum / count / 1000 : totals.Minimum!.Value / 1000.0;
                var text = Duration.OfSeconds(seconds);
                return new Row(agent, text, 0, Duration.SortKey(text));
        }
    }

    private sealed record Row(string Agent, string? Text, long Number, double SortKey);
}
