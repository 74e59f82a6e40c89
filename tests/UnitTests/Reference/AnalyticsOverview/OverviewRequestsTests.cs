using System.Globalization;
using System.Text.Json;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

public class OverviewRequestsTests
{
    private static readonly History Sample = HistoryGenerator.Generate(20261124);

    private static IReadOnlyList<(OverviewRequest Request, ChartAnswer Answer)> Answered(History history, int seed) =>
        [.. OverviewRequests.For(history, new Random(seed))
            .Select(r => (r, AnalyticsOverviewOracle.Answer(history.Final, r, new OracleSettings("America/New_York"))))];

    private static string? Value(OverviewRequest request, string name) =>
        request.Query.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [Fact]
    public void Every_name_of_both_endpoints_gets_data()
    {
        var answered = Answered(Sample, 1);

        foreach (var endpoint in new[] { OverviewEndpoint.Overview, OverviewEndpoint.AgentOverview })
        {
            foreach (var name in OverviewNames.Of(endpoint))
            {
                Assert.Contains(answered, a => a.Request.Endpoint == endpoint && Value(a.Request, "name") == name &&
                    a.Answer.Status == 200 && a.Answer.Body != """{"success":true}""");
            }
        }
    }

    [Fact]
    public void Every_name_is_asked_for_one_day_a_month_a_year_end_and_reversed_ranges()
    {
        var requests = OverviewRequests.For(Sample, new Random(1));
        var first = Sample.FirstDay;

        foreach (var endpoint in new[] { OverviewEndpoint.Overview, OverviewEndpoint.AgentOverview })
        {
            foreach (var name in OverviewNames.Of(endpoint))
            {
                var ranges = requests.Where(r => r.Endpoint == endpoint && Value(r, "name") == name && r.UserId == "manager")
                    .Select(r => (From: Date(Value(r, "from")), To: Date(Value(r, "to"))))
                    .Where(r => r.From is not null && r.To is not null)
                    .Select(r => (From: r.From!.Value, To: r.To!.Value)).ToList();
                Assert.Contains(ranges, r => r.From == r.To);
                Assert.Contains(ranges, r => r.From.Day == 1 && r.To == r.From.AddMonths(1).AddDays(-1));
                Assert.Contains(ranges, r => r.From.Year < r.To.Year);
                Assert.Contains(ranges, r => r.To == r.From.AddDays(-2));
                Assert.Contains(ranges, r => r.From == first);
            }
        }
    }

    [Fact]
    public void Requests_get_every_kind_of_answer_the_spec_lists()
    {
        var answers = Answered(Sample, 2).Select(a => a.Answer).ToList();

        Assert.Contains(answers, a => a.Status == 401);
        Assert.Contains(answers, a => a.Status == 403);
        Assert.Contains(answers, a => a.Status == 400 && a.Body.Contains("must have required property 'from'", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Status == 400 && a.Body.Contains("must NOT have additional properties", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Body == """{"success":false,"error":"invalid-chart-name"}""");
        Assert.Contains(answers, a => a.Body == """{"success":true}""");
        Assert.Contains(answers, a => a.Status == 200 && a.Body.Contains("\"NaN\"", StringComparison.Ordinal));
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { 200, 400, 401, 403 }));
        Assert.All(answers, a => JsonDocument.Parse(a.Body).Dispose());
    }

    [Fact]
    public void The_same_seed_gives_the_same_requests() =>
        Assert.Equal(OverviewRequests.For(Sample, new Random(7)).Select(r => r.ToString()),
            OverviewRequests.For(Sample, new Random(7)).Select(r => r.ToString()));
}
