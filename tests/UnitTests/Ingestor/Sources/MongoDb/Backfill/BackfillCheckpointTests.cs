using OmniCharts.Ingestor.Sources.MongoDb.Backfill;

namespace OmniCharts.UnitTests.Ingestor.Sources.MongoDb.Backfill;

public class BackfillCheckpointTests
{
    [Theory]
    [InlineData("after:abc", "abc", false)]
    [InlineData("after:id:with:colons", "id:with:colons", false)]
    [InlineData("complete", null, true)]
    public void A_checkpoint_reads_back_what_was_stored(string text, string? afterId, bool complete)
    {
        var checkpoint = BackfillCheckpoint.Parse(text);

        Assert.Equal(new BackfillCheckpoint(afterId, complete), checkpoint);
        Assert.Equal(text, checkpoint.ToString());
    }

    [Fact]
    public void No_checkpoint_is_the_start()
    {
        Assert.Equal(BackfillCheckpoint.Start, BackfillCheckpoint.Parse(null));
    }

    [Theory]
    [InlineData("after:")]
    [InlineData("1767225600000:abc")]
    public void Other_text_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => BackfillCheckpoint.Parse(text));
    }

    [Fact]
    public void Checkpoint_names_follow_backfill_collection()
    {
        Assert.Equal("backfill:rocketchat_room", BackfillCheckpoint.NameOf("rocketchat_room"));
    }
}
