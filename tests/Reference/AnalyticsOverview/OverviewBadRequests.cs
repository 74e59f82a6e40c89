using System.Globalization;
using OmniCharts.Reference.Histories;

namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>The requests of a parity run that must not get data: bad credentials and every parameter check of §1.</summary>
public static class OverviewBadRequests
{
    private static readonly OverviewEndpoint[] Endpoints = [OverviewEndpoint.Overview, OverviewEndpoint.AgentOverview];

    /// <summary>401 and 403 cases on both endpoints; <paramref name="agent"/> lacks the permission.</summary>
    public static IEnumerable<OverviewRequest> Credentials(Credential agent, Credential manager, string day)
    {
        foreach (var endpoint in Endpoints)
        {
            (string, string)[] query = [("name", OverviewNames.Of(endpoint)[0]), ("from", day), ("to", day)];
            yield return OverviewRequest.Of(endpoint, manager.UserId, "wrong-token", query);
            yield return OverviewRequest.Of(endpoint, manager.UserId, "manager-personal-token", query);
            yield return OverviewRequest.Of(endpoint, null, manager.Token, query);
            yield return OverviewRequest.Of(endpoint, manager.UserId, null, query);
            yield return OverviewRequest.Of(endpoint, null, null, query);
            yield return OverviewRequest.Of(endpoint, "", "", query);
            yield return OverviewRequest.Of(endpoint, "no-such-user", manager.Token, query);
            yield return OverviewRequest.Of(endpoint, agent.UserId, manager.Token, query);
            yield return OverviewRequest.Of(endpoint, agent.UserId, agent.Token, query);
            // The permission is checked before the parameters.
            yield return OverviewRequest.Of(endpoint, agent.UserId, agent.Token, ("name", ""));
        }
    }

    /// <summary>Missing, unknown, repeated and empty parameters (400), invalid dates and unknown names (200 <c>{"success":true}</c>).</summary>
    public static IEnumerable<OverviewRequest> Invalid(Credential m, DateOnly first)
    {
        var day = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var endpoint in Endpoints)
        {
            var name = OverviewNames.Of(endpoint)[^1];
            OverviewRequest Ask(params (string, string)[] query) => OverviewRequest.Of(endpoint, m.UserId, m.Token, query);
            yield return Ask();
            yield return Ask(("from", day), ("to", day));
            yield return Ask(("name", name), ("to", day));
            yield return Ask(("name", name), ("from", day));
            yield return Ask(("to", "x"), ("extra", "1"));
            yield return Ask(("name", name), ("from", day), ("to", day), ("foo", "bar"));
            yield return Ask(("Name", name), ("from", day), ("to", day));
            yield return Ask(("name", ""), ("from", "yesterday"), ("to", day), ("extra", "1"));
            yield return Ask(("name", ""), ("from", "yesterday"), ("to", "2025-02-30"));
            yield return Ask(("name", ""), ("from", day), ("to", day));
            // Not in the spec (a choice shared with charts-data): a repeated parameter is 400 "must be string".
            yield return Ask(("name", name), ("from", day), ("from", day), ("to", day));
            foreach (var bad in new[] { "2025-02-30", "yesterday", "", "2026-13-01", "2026-00-10", day + "T00:00:00Z", " " + day, "20260307", "2026-003-07" })
            {
                yield return Ask(("name", name), ("from", bad), ("to", day));
                yield return Ask(("name", name), ("from", day), ("to", bad));
            }
            // Dates are checked before the name: both answer the same empty success.
            yield return Ask(("name", "nope"), ("from", "2025-02-30"), ("to", day));
            foreach (var unknown in new[] { "nope", "conversations", "total_conversations", " Conversations" })
                yield return Ask(("name", unknown), ("from", day), ("to", day));
            yield return Ask(("name", OverviewNames.Of(Other(endpoint))[0]), ("from", day), ("to", day));
            yield return Ask(("name", name), ("from", "2024-2-29"), ("to", "2024-3-1"), ("departmentId", "undefined"));
        }
    }

    private static OverviewEndpoint Other(OverviewEndpoint endpoint) =>
        endpoint == OverviewEndpoint.Overview ? OverviewEndpoint.AgentOverview : OverviewEndpoint.Overview;
}
