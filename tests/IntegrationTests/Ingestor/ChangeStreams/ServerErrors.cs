using System.Net;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Servers;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

/// <summary>The command errors a MongoDB server answers <c>aggregate $changeStream</c> with, as the driver raises them.</summary>
internal static class ServerErrors
{
    public static MongoCommandException Standalone() =>
        Command(40573, "Location40573", "The $changeStream stage is only supported on replica sets");

    public static MongoCommandException HistoryLost() =>
        Command(286, "ChangeStreamHistoryLost", "Resume of change stream was not possible, as the resume point may no longer be in the oplog.");

    private static MongoCommandException Command(int code, string codeName, string message)
    {
        var connection = new ConnectionId(new ServerId(new ClusterId(), new DnsEndPoint("localhost", 27017)));
        var result = new BsonDocument { ["ok"] = 0, ["errmsg"] = message, ["code"] = code, ["codeName"] = codeName };
        return new MongoCommandException(connection, $"Command aggregate failed: {message}.", new BsonDocument("aggregate", 1), result);
    }
}
