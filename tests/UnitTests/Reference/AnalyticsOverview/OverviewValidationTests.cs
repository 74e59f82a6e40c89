using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.ChartsData.Validation;
using static OmniCharts.UnitTests.Reference.AnalyticsOverview.OverviewDocs;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

public class OverviewValidationTests
{
    private const string Unauthorized =
        """{"success":false,"error":"You must be logged in to do this.","status":"error","message":"You must be logged in to do this."}""";

    private const string Forbidden =
        """{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}""";

    private const string Day = "2026-03-02";

    private static readonly ChartAnswer EmptySuccess = new(200, """{"success":true}""");

    private static readonly ChartAnswer InvalidChartName = new(400, """{"success":false,"error":"invalid-chart-name"}""");

    private static ChartAnswer Ask(OverviewEndpoint endpoint, params (string, string)[] query) => Ask(endpoint, "manager", ManagerToken, query);

    private static ChartAnswer Ask(OverviewEndpoint endpoint, string? user, string? token, params (string, string)[] query) =>
        Answer(With([Room("r", $"{Day}T10:00:00Z")]), OverviewRequest.Of(endpoint, user, token, query));

    private static ChartAnswer Invalid(string message) => new(400,
        $$"""{"success":false,"error":"{{message}} [invalid-params]","errorType":"invalid-params"}""");

    [Theory]
    [InlineData(OverviewEndpoint.Overview, null, ManagerToken)]
    [InlineData(OverviewEndpoint.Overview, "manager", null)]
    [InlineData(OverviewEndpoint.AgentOverview, "manager", "wrong")]
    [InlineData(OverviewEndpoint.AgentOverview, "ghost", ManagerToken)]
    public void A_missing_or_unknown_caller_is_401_before_anything_else(OverviewEndpoint endpoint, string? user, string? token) =>
        Assert.Equal(new ChartAnswer(401, Unauthorized), Ask(endpoint, user, token, ("name", ""), ("extra", "1")));

    [Theory]
    [InlineData(OverviewEndpoint.Overview)]
    [InlineData(OverviewEndpoint.AgentOverview)]
    public void A_caller_without_the_permission_is_403_before_the_parameters_are_checked(OverviewEndpoint endpoint) =>
        Assert.Equal(new ChartAnswer(403, Forbidden), Ask(endpoint, "agent", AgentToken, ("name", "")));

    [Theory]
    [InlineData("name", "to", "x")]
    [InlineData("from", "name", "Conversations")]
    [InlineData("to", "name", "Conversations")]
    public void Missing_parameters_are_reported_in_the_order_name_from_to(string expected, string presentName, string presentValue)
    {
        (string, string)[] query = expected switch
        {
            "name" => [(presentName, presentValue)],
            "from" => [(presentName, presentValue), ("to", Day)],
            _ => [(presentName, presentValue), ("from", "x")],
        };

        Assert.Equal(Invalid(ValidationMessages.Missing(expected)), Ask(OverviewEndpoint.Overview, query));
    }

    [Fact]
    public void A_missing_parameter_is_reported_before_an_unknown_one() =>
        Assert.Equal(Invalid(ValidationMessages.Missing("name")),
            Ask(OverviewEndpoint.AgentOverview, ("from", Day), ("to", Day), ("extra", "1")));

    [Fact]
    public void An_unknown_parameter_is_reported_before_an_empty_name() =>
        Assert.Equal(Invalid(ValidationMessages.UnknownParameter),
            Ask(OverviewEndpoint.Overview, ("name", ""), ("from", Day), ("to", Day), ("Departmentid", "x")));

    [Theory]
    [InlineData(OverviewEndpoint.Overview)]
    [InlineData(OverviewEndpoint.AgentOverview)]
    public void An_empty_name_is_400_even_with_invalid_dates(OverviewEndpoint endpoint) =>
        Assert.Equal(InvalidChartName, Ask(endpoint, ("name", ""), ("from", "yesterday"), ("to", "2025-02-30")));

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-03-02T00:00:00Z")]
    [InlineData(" 2026-03-02")]
    [InlineData("2026-003-02")]
    [InlineData("26-03-02")]
    [InlineData("0000-01-01")]
    public void An_invalid_date_is_an_empty_success(string date)
    {
        Assert.Equal(EmptySuccess, Ask(OverviewEndpoint.Overview, ("name", "Conversations"), ("from", date), ("to", Day)));
        Assert.Equal(EmptySuccess, Ask(OverviewEndpoint.AgentOverview, ("name", "Total_conversations"), ("from", Day), ("to", date)));
    }

    [Theory]
    [InlineData(OverviewEndpoint.Overview, "conversations")]
    [InlineData(OverviewEndpoint.Overview, "Total_conversations")]
    [InlineData(OverviewEndpoint.AgentOverview, "Conversations")]
    [InlineData(OverviewEndpoint.AgentOverview, "total_conversations")]
    public void An_unknown_name_is_an_empty_success(OverviewEndpoint endpoint, string name)
    {
        Assert.Equal(EmptySuccess, Ask(endpoint, ("name", name), ("from", Day), ("to", Day)));
        Assert.Equal(EmptySuccess, Ask(endpoint, ("name", name), ("from", "2025-02-30"), ("to", Day)));
    }

    [Theory]
    [InlineData(OverviewEndpoint.Overview, "Conversations")]
    [InlineData(OverviewEndpoint.AgentOverview, "Total_messages")]
    public void One_digit_months_and_days_are_the_same_dates(OverviewEndpoint endpoint, string name) =>
        Assert.Equal(Ask(endpoint, ("name", name), ("from", "2026-03-02"), ("to", "2026-03-08")),
            Ask(endpoint, ("name", name), ("from", "2026-3-2"), ("to", "2026-3-8")));

    [Fact]
    public void A_repeated_parameter_is_400_like_in_charts_data() =>
        Assert.Equal(Invalid(ValidationMessages.Repeated),
            Ask(OverviewEndpoint.Overview, ("name", "Conversations"), ("from", Day), ("to", Day), ("to", Day)));

    [Fact]
    public void Each_oracle_refuses_the_other_endpoints_request()
    {
        var data = With([]);
        var settings = new OracleSettings();

        Assert.Throws<ArgumentException>(() => OverviewOracle.Answer(data, Agents("Total_messages", Day, Day), settings));
        Assert.Throws<ArgumentException>(() => AgentOverviewOracle.Answer(data, Overview("Conversations", Day, Day), settings));
    }
}
