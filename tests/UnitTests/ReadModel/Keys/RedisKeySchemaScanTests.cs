using OmniCharts.ReadModel.Keys;

namespace OmniCharts.UnitTests.ReadModel.Keys;

public sealed class RedisKeySchemaScanTests
{
    [Fact]
    public void A_scan_pattern_matches_every_key_of_one_kind_and_gives_the_id_back()
    {
        var keys = new RedisKeySchema("p");

        Assert.Equal($"p:{RedisKeySchema.SchemaVersion}:room:*", RedisKeySchema.ScanPattern(keys.Room).ToString());
        Assert.Equal("r1", RedisKeySchema.IdOf(keys.Room, keys.Room("r1")));
        Assert.Null(RedisKeySchema.IdOf(keys.Room, keys.RoomMessages("r1")));
    }

    [Fact]
    public void Glob_characters_in_the_prefix_are_escaped()
    {
        var keys = new RedisKeySchema("a*b?[c]");

        Assert.Equal(@"a\*b\?\[c\]:" + RedisKeySchema.SchemaVersion + ":user:*", RedisKeySchema.ScanPattern(keys.User).ToString());
    }
}
