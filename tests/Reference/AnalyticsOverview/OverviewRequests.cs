using System.Globalization;
using OmniCharts.Reference.Histories;

namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>
/// The requests a parity run of analytics-overview.md sends for one history: both endpoints with every name over ranges of
/// one and a few days, a month, across a year end, around the DST changes and reversed; every department plus none, empty,
/// <c>undefined</c> and an unknown one; every caller; bad credentials; invalid parameters; one-digit months and days.
/// </summary>
public static class OverviewRequests
{
    private static readonly string?[] SpecialDepartments = [null, "", "undefined", "no-such-department"];

    /// <summary>The requests around <paramref name="history"/>'s first day.</summary>
    public static IReadOnlyList<OverviewRequest> For(History history, Random random) =>
        For(history.Callers, history.Departments, history.FirstDay, random);

    /// <summary>The requests around <paramref name="first"/>; the first caller is a manager, the last lacks the permission.</summary>
    public static IReadOnlyList<OverviewRequest> For(IReadOnlyList<Credential> callers, IReadOnlyList<string> knownDepartments, DateOnly first, Random random)
    {
        var manager = callers[0];
        var departments = SpecialDepartments.Concat(knownDepartments).ToArray();
        var requests = new List<OverviewRequest>();
        var i = 0;
        foreach (var (endpoint, name) in Names())
        {
            foreach (var (from, to) in OverviewRanges.Around(first))
                requests.Add(Ask(endpoint, manager, name, Day(from), Day(to), departments[i++ % departments.Length]));
        }
        foreach (var department in departments)
        {
            foreach (var (endpoint, name) in Names())
                requests.Add(Ask(endpoint, manager, name, Day(first.AddDays(-1)), Day(first.AddDays(3)), department));
        }
        // The Rocket.Chat page may send one-digit months and days; they mean the same dates.
        foreach (var (endpoint, name) in Names())
            requests.Add(Ask(endpoint, manager, name, ShortDay(first), ShortDay(first.AddDays(2)), Pick(random, departments)));
        foreach (var caller in callers.Skip(1))
        {
            for (var k = 0; k < 4; k++)
                requests.Add(Random(random, caller, first, departments));
        }
        requests.AddRange(OverviewBadRequests.Credentials(callers[^1], manager, Day(first)));
        requests.AddRange(OverviewBadRequests.Invalid(manager, first));
        return requests;
    }

    /// <summary>A request to <paramref name="endpoint"/>; a null department sends no <c>departmentId</c>.</summary>
    public static OverviewRequest Ask(OverviewEndpoint endpoint, Credential caller, string name, string from, string to, string? department) =>
        OverviewRequest.Of(endpoint, caller.UserId, caller.Token,
            [("name", name), ("from", from), ("to", to),
             .. department is null ? Array.Empty<(string, string)>() : [("departmentId", department)]]);

    private static IEnumerable<(OverviewEndpoint Endpoint, string Name)> Names() =>
        OverviewNames.Overview.Select(n => (OverviewEndpoint.Overview, n))
            .Concat(OverviewNames.AgentOverview.Select(n => (OverviewEndpoint.AgentOverview, n)));

    private static OverviewRequest Random(Random random, Credential caller, DateOnly first, string?[] departments)
    {
        var (endpoint, name) = Pick(random, Names().ToList());
        var from = first.AddDays(random.Next(-2, 4));
        var length = random.Next(7) switch { < 3 => 0, < 6 => random.Next(1, 5), _ => random.Next(-3, 0) };
        return Ask(endpoint, caller, name, Day(from), Day(from.AddDays(length)), departments[random.Next(departments.Length)]);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ShortDay(DateOnly day) => $"{day.Year:D4}-{day.Month}-{day.Day}";
}
