using MongoDB.Bson;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

namespace OmniCharts.UnitTests.Ingestor.Sources.MongoDb.ChangeStreams;

public sealed class StreamCheckpointTests
{
    [Fact]
    public void A_checkpoint_reads_back_what_was_written()
    {
        var checkpoint = new StreamCheckpoint(BsonDocument.Parse("""{"_data":"8267A0000000012B022C0100296E5A1004"}"""), 1767272400123);

        Assert.Equal(checkpoint.Token, StreamCheckpoint.Parse(checkpoint.ToString()).Token);
        Assert.Equal(checkpoint.LastChangeMs, StreamCheckpoint.Parse(checkpoint.ToString()).LastChangeMs);
    }

    [Fact]
    public void A_change_without_wall_time_dates_from_the_start_of_its_cluster_time_second()
    {
        var withWallTime = BsonDocument.Parse("""{"wallTime":{"$date":{"$numberLong":"1767272400500"}},"clusterTime":{"$timestamp":{"t":1767272400,"i":3}}}""");
        var clusterTimeOnly = BsonDocument.Parse("""{"clusterTime":{"$timestamp":{"t":1767272400,"i":3}}}""");

        Assert.Equal(1767272400500, StreamCheckpoint.TimeOf(withWallTime));
        Assert.Equal(1767272400000, StreamCheckpoint.TimeOf(clusterTimeOnly));
        Assert.Null(StreamCheckpoint.TimeOf(new BsonDocument()));
    }
}
