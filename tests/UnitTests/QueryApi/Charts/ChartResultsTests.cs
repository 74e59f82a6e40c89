using System.Text;
using OmniCharts.QueryApi.Charts;

namespace OmniCharts.UnitTests.QueryApi.Charts;

public class ChartResultsTests
{
    private static string Text(byte[] body) => Encoding.UTF8.GetString(body);

    [Fact]
    public void Numbers_print_in_shortest_round_trip_form_and_success_comes_last()
    {
        var result = new ChartDataResult("Avg_chat_duration", ["9/30", "10/1"], [3, 12.5, 0.1, 2.68, 0, 1234567, 1.23]);

        Assert.Equal(
            """{"chartLabel":"Avg_chat_duration","dataLabels":["9/30","10/1"],"dataPoints":[3,12.5,0.1,2.68,0,1234567,1.23],"success":true}""",
            Text(result.Body()));
    }

    [Fact]
    public void Unauthorized_body_matches_rocketchat() => Assert.Equal(
        """{"success":false,"error":"You must be logged in to do this.","status":"error","message":"You must be logged in to do this."}""",
        Text(RocketChatErrorResult.Unauthorized().Body()));

    [Fact]
    public void Forbidden_body_matches_rocketchat() => Assert.Equal(
        """{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}""",
        Text(RocketChatErrorResult.Forbidden().Body()));

    [Fact]
    public void Invalid_params_body_keeps_quotes_readable() => Assert.Equal(
        """{"success":false,"error":"must have required property 'start' [invalid-params]","errorType":"invalid-params"}""",
        Text(RocketChatErrorResult.InvalidParams("must have required property 'start'").Body()));
}
