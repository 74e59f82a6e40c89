using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.ChartsData.Validation;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference;

public class ChartsDataOracleErrorTests
{
    private const string Unauthorized =
        """{"success":false,"error":"You must be logged in to do this.","status":"error","message":"You must be logged in to do this."}""";

    private const string Forbidden =
        """{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}""";

    private static readonly (string, string)[] BadQuery = [("chartName", "Nope"), ("start", "2026-02-30")];

    private static ChartAnswer Answer(ChartRequest request, RawDocuments? data = null) =>
        ChartsDataOracle.Answer(data ?? With([]), request, new OracleSettings());

    private static string Invalid(string message) =>
        $$"""{"success":false,"error":"{{message.Replace("\"", "\\\"")}} [invalid-params]","errorType":"invalid-params"}""";

    [Theory]
    [InlineData(null, ManagerToken)]
    [InlineData("manager", null)]
    [InlineData("manager", "wrong")]
    [InlineData("ghost", ManagerToken)]
    public void A_missing_or_unknown_caller_is_401_before_anything_else(string? user, string? token) =>
        Assert.Equal(new ChartAnswer(401, Unauthorized), Answer(ChartRequest.Of(user, token, BadQuery)));

    [Fact]
    public void A_caller_without_the_permission_is_403_before_the_parameters_are_checked() =>
        Assert.Equal(new ChartAnswer(403, Forbidden), Answer(ChartRequest.Of("agent", AgentToken, BadQuery)));

    [Fact]
    public void A_stored_permission_document_replaces_the_default_roles()
    {
        var data = With([]) with { Permissions = [new() { ["_id"] = "view-livechat-manager", ["roles"] = new MongoDB.Bson.BsonArray { "admin" } }] };

        Assert.Equal(403, Answer(Ask(ChartNames.TotalConversations, "2026-01-01", "2026-01-02"), data).Status);
    }

    [Fact]
    public void A_missing_parameter_is_reported_before_an_unknown_one() =>
        Assert.Equal(new ChartAnswer(400, Invalid(ValidationMessages.Missing("end"))),
            Answer(ChartRequest.Of("manager", ManagerToken, ("chartName", "Nope"), ("start", "x"), ("extra", "1"))));

    [Fact]
    public void An_unknown_parameter_is_reported_before_a_bad_chart_name() =>
        Assert.Equal(new ChartAnswer(400, Invalid(ValidationMessages.UnknownParameter)),
            Answer(Ask("Nope", "x", "y", ("extra", "1"))));

    [Theory]
    [InlineData("total_conversations", "2026-01-01", ValidationMessages.UnknownChart)]
    [InlineData("Total_conversations", "2026-02-30", ValidationMessages.NotADate)]
    [InlineData("Total_conversations", "2026-1-01", ValidationMessages.NotADate)]
    public void A_bad_chart_name_or_date_is_400(string chart, string start, string message) =>
        Assert.Equal(new ChartAnswer(400, Invalid(message)), Answer(Ask(chart, start, "2026-01-02")));

    [Fact]
    public void A_repeated_parameter_is_400() =>
        Assert.Equal(new ChartAnswer(400, Invalid(ValidationMessages.Repeated)),
            Answer(Ask(ChartNames.TotalConversations, "2026-01-01", "2026-01-02", ("start", "2026-01-01"))));
}
