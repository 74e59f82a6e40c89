using System.Net;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Servers;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

namespace OmniCharts.UnitTests.Ingestor.Sources.MongoDb.ChangeStreams;

public sealed class ChangeStreamFailureTests
{
    [Theory]
    [InlineData(40573, "Location40573", "The $changeStream stage is only supported on replica sets", true, false)]
    [InlineData(20, "IllegalOperation", "$changeStream stage is only supported on replica sets", true, false)]
    [InlineData(286, "ChangeStreamHistoryLost", "Resume of change stream was not possible", false, true)]
    [InlineData(280, "ChangeStreamFatalError", "cannot resume stream; the resume token was not found", false, true)]
    [InlineData(260, "InvalidResumeToken", "Bad resume token", false, true)]
    [InlineData(13, "Unauthorized", "not authorized on rocketchat to execute command", false, false)]
    public void Server_errors_are_told_apart(int code, string codeName, string message, bool unavailable, bool historyLost)
    {
        var connection = new ConnectionId(new ServerId(new ClusterId(), new DnsEndPoint("localhost", 27017)));
        var error = new MongoCommandException(connection, message, new BsonDocument("aggregate", 1),
            new BsonDocument { ["ok"] = 0, ["errmsg"] = message, ["code"] = code, ["codeName"] = codeName });

        Assert.Equal((unavailable, historyLost), (ChangeStreamFailure.IsUnavailable(error), ChangeStreamFailure.IsHistoryLost(error)));
    }

    [Fact]
    public void An_unreachable_server_is_neither()
    {
        var error = new TimeoutException("A timeout occurred after 30000ms selecting a server");

        Assert.False(ChangeStreamFailure.IsUnavailable(error) || ChangeStreamFailure.IsHistoryLost(error));
    }
}
