using FsCheck;
using FsCheck.Fluent;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.Reference.Histories;

/// <summary>
/// FsCheck generators of histories and of requests against them. A history is drawn from a seed, so a
/// failure reproduces with <see cref="HistoryGenerator.Generate"/> and the seed its ToString prints
/// (no shrinking: a smaller seed is not a smaller history).
/// </summary>
public static class HistoryGens
{
    /// <summary>Histories of the given size.</summary>
    public static Gen<History> Histories(HistoryOptions? options = null) =>
        Gen.Choose(0, int.MaxValue).Select(seed => HistoryGenerator.Generate(seed, options));

    /// <summary>Requests a caller of <paramref name="history"/> could send: mostly valid, around its days.</summary>
    public static Gen<ChartRequest> Requests(History history) =>
        from caller in Gen.Elements(history.Callers.ToArray())
        from chart in Gen.Elements(ChartNames.All.ToArray())
        from startOffset in Gen.Choose(-2, 3)
        from length in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Choose(1, 4)), (1, Gen.Choose(-3, -1)))
        from department in Gen.Elements(new[] { null, "", "undefined", "no-such-department" }.Concat(history.Departments).ToArray())
        let start = history.FirstDay.AddDays(startOffset)
        select ChartRequest.Of(caller.UserId, caller.Token,
            [("chartName", chart), ("start", Day(start)), ("end", Day(start.AddDays(length))),
             .. department is null ? Array.Empty<(string, string)>() : [("departmentId", department)]]);

    /// <summary>A history with one request against it.</summary>
    public static Gen<(History History, ChartRequest Request)> HistoriesWithRequests(HistoryOptions? options = null) =>
        from history in Histories(options)
        from request in Requests(history)
        select (history, request);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
