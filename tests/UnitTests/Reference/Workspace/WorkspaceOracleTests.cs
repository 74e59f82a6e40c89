using System.Globalization;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.UnitTests.Reference.Workspace;

public class WorkspaceOracleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_oracle_finds_every_chart_non_zero_on_the_final_state(int seed)
    {
        var workspace = Workspaces.Default(seed);
        var documents = workspace.Final.ToRawDocuments();
        var manager = workspace.CallersByRole["manager"];

        foreach (var chart in ChartNames.All)
        {
            var answer = ChartsDataOracle.Answer(documents, Request(workspace, manager.UserId, manager.Token, chart), new OracleSettings("Europe/Berlin"));
            Assert.True(ParsedChart.From(answer).Points.Sum() > 0, $"{chart} is all zero");
        }
        var total = ParsedChart.From(ChartsDataOracle.Answer(documents, Request(workspace, manager.UserId, manager.Token, ChartNames.TotalConversations), new OracleSettings()));
        Assert.Equal(documents.Rooms.Count(r => r["t"] == "l"), total.Points.Sum());
    }

    [Fact]
    public void The_agent_is_refused_and_the_revoked_token_is_unknown()
    {
        var workspace = Workspaces.Default(1);
        var documents = workspace.Final.ToRawDocuments();
        int Status(string role) => ChartsDataOracle.Answer(documents,
            Request(workspace, workspace.CallersByRole[role].UserId, workspace.CallersByRole[role].Token, ChartNames.TotalMessages), new OracleSettings()).Status;

        Assert.Equal(200, Status("manager"));
        Assert.Equal(403, Status("agent"));
        Assert.Equal(401, Status("revoked"));
    }

    private static ChartRequest Request(SimulatedWorkspace workspace, string user, string token, string chart) =>
        ChartRequest.Of(user, token, ("chartName", chart),
            ("start", workspace.FirstDay.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("end", workspace.LastDay.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
