namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// The fields of one <c>t: 'l'</c> room document that the spec's algorithm reads, parsed once at load
/// (metrics already in integer ms, 0 when absent). MongoDB would decode them from BSON on every request:
/// keeping them parsed in memory makes the baseline more generous, never less.
/// </summary>
/// <param name="Ts">The room's <c>ts</c>, Unix ms.</param>
/// <param name="Id">The room's <c>_id</c>, to join its messages.</param>
/// <param name="DepartmentId">The current <c>departmentId</c>, or null.</param>
/// <param name="ChatDuration"><c>metrics.chatDuration</c> in ms.</param>
/// <param name="FirstResponse"><c>metrics.response.ft</c> in ms.</param>
/// <param name="ResponseAverage"><c>metrics.response.avg</c> in ms.</param>
/// <param name="Reaction"><c>metrics.reaction.ft</c> in ms.</param>
/// <param name="Overview">What the analytics overview reads of it.</param>
public readonly record struct RawRoom(
    long Ts, string Id, string? DepartmentId, long ChatDuration, long FirstResponse, long ResponseAverage, long Reaction, RawOverview? Overview = null);
