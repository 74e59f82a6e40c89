using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.UnitTests.QueryApi.Charts;

public class ChartRequestValidatorTests
{
    private const string Valid = "start=2025-10-01&end=2025-10-03&chartName=Total_conversations";

    private static string? ErrorOf(string query) => ChartRequestValidator.Validate("?" + query).Error;

    [Theory]
    [InlineData("", "must have required property 'start'")]
    [InlineData("end=2025-10-01&chartName=nope&x=1", "must have required property 'start'")]
    [InlineData("start=2025-10-01", "must have required property 'end'")]
    [InlineData("start=bad&end=bad", "must have required property 'chartName'")]
    [InlineData("Start=2025-10-01&end=2025-10-03&chartName=Total_conversations", "must have required property 'start'")]
    public void Missing_parameters_are_reported_first_in_schema_order(string query, string error) =>
        Assert.Equal(error, ErrorOf(query));

    [Theory]
    [InlineData(Valid + "&foo=1")]
    [InlineData(Valid + "&departmentid=x")]
    [InlineData("start=bad&end=2025-10-03&chartName=nope&extra=")]
    public void Unknown_parameters_come_before_bad_values(string query) =>
        Assert.Equal("must NOT have additional properties", ErrorOf(query));

    [Theory]
    [InlineData("start=2025-02-30&end=2025-10-03&chartName=nope")]
    [InlineData("start=2025-10-1&end=2025-10-03&chartName=Total_conversations")]
    [InlineData("start=2025-13-01&end=2025-10-03&chartName=Total_conversations")]
    [InlineData("start=2023-02-29&end=2025-10-03&chartName=Total_conversations")]
    [InlineData("start=&end=2025-10-03&chartName=Total_conversations")]
    [InlineData("start=2025-10-01T00:00&end=2025-10-03&chartName=Total_conversations")]
    [InlineData("start=%D9%A2025-10-01&end=2025-10-03&chartName=Total_conversations")]
    [InlineData("start=2025-10-01&end=20251003&chartName=nope")]
    [InlineData("start=0001-01-01&end=2025-10-03&chartName=Total_conversations")]
    public void Dates_must_be_real_calendar_days(string query) =>
        Assert.Equal("must match format \"date\"", ErrorOf(query));

    [Theory]
    [InlineData("start=2025-10-01&end=2025-10-03&chartName=total_conversations")]
    [InlineData("start=2025-10-01&end=2025-10-03&chartName=")]
    [InlineData("start=2025-10-01&end=2025-10-03&chartName=Total_conversations%20")]
    public void Chart_names_are_exact(string query) =>
        Assert.Equal("must be equal to one of the allowed values", ErrorOf(query));

    [Theory]
    [InlineData("start=2025-10-01&start=2025-10-02&end=2025-10-03&chartName=nope")]
    [InlineData(Valid + "&departmentId=a&departmentId=b")]
    [InlineData(Valid + "&chartName=Total_messages")]
    public void Repeated_parameters_are_not_strings(string query) =>
        Assert.Equal("must be string", ErrorOf(query));

    [Fact]
    public void A_leap_day_is_a_date()
    {
        var request = ChartRequestValidator.Validate("?start=2024-02-29&end=2024-03-01&chartName=Avg_reaction_time").Request;

        Assert.Equal(new ChartRequest(new DateOnly(2024, 2, 29), new DateOnly(2024, 3, 1), "Avg_reaction_time", SeriesScope.AllRooms), request);
    }

    [Theory]
    [InlineData("", "all")]
    [InlineData("&departmentId=", "all")]
    [InlineData("&departmentId=undefined", "all")]
    [InlineData("&departmentId=d%201", "dep:d 1")]
    [InlineData("&departmentId=Undefined", "dep:Undefined")]
    public void Department_scope_follows_rocketchat(string department, string scope) =>
        Assert.Equal(scope, ChartRequestValidator.Validate("?" + Valid + department).Request?.Scope.KeyPart);
}
