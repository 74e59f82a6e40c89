namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// What the analytics overview reads of one room document, parsed once at load like <see cref="RawRoom"/>'s metrics.
/// </summary>
/// <param name="Open"><c>metrics &amp;&amp; !metrics.chatDuration &amp;&amp; !onHold</c>.</param>
/// <param name="OnHold"><c>onHold === true</c>.</param>
/// <param name="ServedBy"><c>servedBy.username</c>, or null.</param>
/// <param name="ResponseBy"><c>responseBy.username</c>, or null.</param>
/// <param name="InProductivity">Both <c>metrics.response</c> and <c>metrics.reaction</c> are objects.</param>
/// <param name="ResponseAverage"><c>metrics.response.avg</c> in ms (a null field is 0), or null when missing.</param>
/// <param name="FirstResponse"><c>metrics.response.ft</c> in ms, or null when missing.</param>
/// <param name="Reaction"><c>metrics.reaction.ft</c> in ms, or null when missing.</param>
public sealed record RawOverview(
    bool Open, bool OnHold, string? ServedBy, string? ResponseBy, bool InProductivity, long? ResponseAverage, long? FirstResponse, long? Reaction);
