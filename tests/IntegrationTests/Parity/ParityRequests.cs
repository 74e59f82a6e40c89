using System.Globalization;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// The requests a parity run sends for one history: every chart over daily, hourly, reversed and empty ranges
/// around its days, every department plus none, empty, <c>undefined</c> and an unknown one, every caller, bad
/// credentials and invalid parameters.
/// </summary>
public static class ParityRequests
{
    private static readonly string?[] SpecialDepartments = [null, "", "undefined", "no-such-department"];

    public static IReadOnlyList<ChartRequest> For(History history, Random random) =>
        For(history.Callers, history.Departments, history.FirstDay, random);

    /// <summary>The requests around the three days from <paramref name="first"/>; the first caller is a manager, the last lacks the permission.</summary>
    public static IReadOnlyList<ChartRequest> For(IReadOnlyList<Credential> callers, IReadOnlyList<string> knownDepartments, DateOnly first, Random random)
    {
        var manager = callers[0];
        var departments = SpecialDepartments.Concat(knownDepartments).ToArray();
        (DateOnly Start, DateOnly End)[] ranges =
        [
            (first.AddDays(-1), first.AddDays(3)), (first, first.AddDays(2)), (first, first),
            (first.AddDays(1), first.AddDays(1)), (first.AddDays(2), first.AddDays(2)), (first.AddDays(1), first),
            (first.AddDays(2), first), (first.AddDays(-1), first.AddDays(-1)),
        ];
        var requests = new List<ChartRequest>();
        var i = 0;
        foreach (var chart in ChartNames.All)
        {
            foreach (var (start, end) in ranges)
                requests.Add(Chart(manager, chart, start, end, departments[i++ % departments.Length]));
        }
        foreach (var department in departments)
        {
            requests.Add(Chart(manager, Pick(random, ChartNames.All), first, first.AddDays(2), department));
            var day = first.AddDays(random.Next(3));
            requests.Add(Chart(manager, Pick(random, ChartNames.All), day, day, department));
        }
        // Long daily ranges cross months and a year boundary.
        requests.Add(Chart(manager, Pick(random, ChartNames.All), first.AddDays(-random.Next(200, 400)), first.AddDays(random.Next(2, 120)), Pick(random, departments)));
        foreach (var caller in callers.Skip(1))
        {
            for (var k = 0; k < 3; k++)
                requests.Add(Random(random, caller, first, departments));
        }
        requests.AddRange(Credentials(callers[^1], manager, first));
        requests.AddRange(Invalid(manager, first));
        return requests;
    }

    private static IEnumerable<ChartRequest> Credentials(Credential agent, Credential manager, DateOnly first)
    {
        (string, string)[] query = [("chartName", "Total_conversations"), ("start", Day(first)), ("end", Day(first))];
        yield return ChartRequest.Of(manager.UserId, "wrong-token", query);
        yield return ChartRequest.Of(manager.UserId, manager.Token + "-personal-token", query);
        yield return ChartRequest.Of(manager.UserId, "manager-personal-token", query);
        yield return ChartRequest.Of(null, manager.Token, query);
        yield return ChartRequest.Of(manager.UserId, null, query);
        yield return ChartRequest.Of(null, null, query);
        yield return ChartRequest.Of("", "", query);
        yield return ChartRequest.Of("no-such-user", manager.Token, query);
        yield return ChartRequest.Of(agent.UserId, manager.Token, query);
        yield return ChartRequest.Of(agent.UserId, agent.Token, ("chartName", "nope"));
    }

    private static IEnumerable<ChartRequest> Invalid(Credential m, DateOnly first)
    {
        var day = Day(first);
        yield return ChartRequest.Of(m.UserId, m.Token, ("start", day), ("end", day));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Total_conversations"), ("end", day));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Total_conversations"), ("start", day));
        yield return ChartRequest.Of(m.UserId, m.Token);
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "total_conversations"), ("start", day), ("end", day));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Total_conversations"), ("start", "2026-02-30"), ("end", day));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Total_conversations"), ("start", day), ("end", "2026-3-1"));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Avg_chat_duration"), ("start", day), ("end", day), ("foo", "bar"));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Avg_chat_duration"), ("start", day), ("start", day), ("end", day));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Total_messages"), ("start", day), ("end", day), ("departmentId", "a"), ("departmentId", "b"));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", ""), ("start", day), ("end", day));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Total_messages"), ("start", ""), ("end", day));
        yield return ChartRequest.Of(m.UserId, m.Token, ("ChartName", "Total_messages"), ("start", day), ("end", day));
        foreach (var bad in new[] { day + "T00:00:00Z", "2026-13-01", "2026-00-10", "0000-01-01", "２０２６-03-07", " " + day, "2026-03-7", "20260307" })
            yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Total_messages"), ("start", bad), ("end", day));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Best_first_response_time"), ("start", "2024-02-29"), ("end", "2024-03-01"));
        yield return ChartRequest.Of(m.UserId, m.Token, ("chartName", "Total_conversations"), ("start", "1969-12-31"), ("end", "1970-01-02"));
    }

    private static ChartRequest Random(Random random, Credential caller, DateOnly first, string?[] departments)
    {
        var start = first.AddDays(random.Next(-2, 4));
        var length = random.Next(7) switch { < 3 => 0, < 6 => random.Next(1, 5), _ => random.Next(-3, 0) };
        return Chart(caller, Pick(random, ChartNames.All), start, start.AddDays(length), departments[random.Next(departments.Length)]);
    }

    public static ChartRequest Chart(Credential caller, string chart, DateOnly start, DateOnly end, string? department) =>
        ChartRequest.Of(caller.UserId, caller.Token,
            [("chartName", chart), ("start", Day(start)), ("end", Day(end)),
             .. department is null ? Array.Empty<(string, string)>() : [("departmentId", department)]]);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
