using OmniCharts.QueryApi.Charts;
using OmniCharts.QueryApi.Overview;
using OmniCharts.QueryApi.Overview.Requests;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.UnitTests.QueryApi.Overview;

public sealed class OverviewRequestValidatorTests
{
    [Theory]
    [InlineData("?from=2025-10-01&to=2025-10-31", "must have required property 'name' [invalid-params]")]
    [InlineData("?name=&to=x", "must have required property 'from' [invalid-params]")]
    [InlineData("?name=Conversations&from=x", "must have required property 'to' [invalid-params]")]
    [InlineData("?name=&from=yesterday&to=x&extra=1", "must NOT have additional properties [invalid-params]")]
    [InlineData("?Name=Conversations&name=Conversations&from=2025-10-01&to=2025-10-31", "must NOT have additional properties [invalid-params]")]
    [InlineData("?name=Conversations&from=2025-10-01&from=2025-10-02&to=2025-10-31", "must be string [invalid-params]")]
    public void Schema_errors_are_400s_in_ajvs_order(string query, string error)
    {
        var answer = Assert.IsType<RocketChatErrorResult>(OverviewRequestValidator.Validate(query, OverviewEndpoint.Overview).Answer!.Result);
        Assert.Equal(400, answer.StatusCode);
        Assert.Contains($"\"error\":\"{error}\"", System.Text.Encoding.UTF8.GetString(answer.Body()), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_name_is_invalid_chart_name_before_the_dates_are_read()
    {
        var answer = Assert.IsType<RocketChatErrorResult>(OverviewRequestValidator.Validate("?name=&from=nope&to=2025-02-30", OverviewEndpoint.Overview).Answer!.Result);
        Assert.Equal("""{"success":false,"error":"invalid-chart-name"}""", System.Text.Encoding.UTF8.GetString(answer.Body()));
    }

    [Theory]
    [InlineData("?name=Conversations&from=2025-02-30&to=2025-03-01", OverviewEndpoint.Overview)]
    [InlineData("?name=nope&from=yesterday&to=2025-03-01", OverviewEndpoint.Overview)]
    [InlineData("?name=conversations&from=2025-03-01&to=2025-03-01", OverviewEndpoint.Overview)]
    [InlineData("?name=Total_conversations&from=2025-03-01&to=2025-03-01", OverviewEndpoint.Overview)]
    [InlineData("?name=Conversations&from=2025-03-01&to=2025-03-01", OverviewEndpoint.AgentOverview)]
    [InlineData("?name=Total_messages&from=0000-01-01&to=2025-03-01", OverviewEndpoint.AgentOverview)]
    public void Bad_dates_and_unknown_names_get_an_empty_success(string query, OverviewEndpoint endpoint) =>
        Assert.Same(OverviewResult.EmptySuccess, OverviewRequestValidator.Validate(query, endpoint).Answer!.Result);

    [Fact]
    public void One_digit_months_and_days_and_the_department_forms_are_read()
    {
        var request = OverviewRequestValidator.Validate("?name=Avg_chat_duration&from=2025-1-5&to=2025-10-31&departmentId=d%201", OverviewEndpoint.AgentOverview).Request;

        Assert.Equal(new OverviewRequest("Avg_chat_duration", new(2025, 1, 5), new(2025, 10, 31), SeriesScope.Department("d 1")), request);
        Assert.Equal(SeriesScope.AllRooms, OverviewRequestValidator.Validate("?name=Productivity&from=2025-1-5&to=2025-1-5&departmentId=undefined", OverviewEndpoint.Overview).Request!.Scope);
        Assert.Equal(SeriesScope.AllRooms, OverviewRequestValidator.Validate("?name=Productivity&from=2025-1-5&to=2025-1-5&departmentId=", OverviewEndpoint.Overview).Request!.Scope);
    }
}
