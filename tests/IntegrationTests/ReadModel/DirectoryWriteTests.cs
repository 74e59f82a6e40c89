using OmniCharts.ReadModel.Writing;
using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.ReadModel;

public sealed class DirectoryWriteTests : IAsyncLifetime
{
    private readonly RedisNamespace redis = new();

    [Fact]
    public async Task Newer_user_replaces_roles_offset_and_tokens_together()
    {
        await redis.Writer.ApplyUserAsync(new UserSnapshot("u1", 1, ["livechat-agent"], ["h1", "h2"], 5.5));

        Assert.True(await redis.Writer.ApplyUserAsync(new UserSnapshot("u1", 2, ["admin", "livechat-manager"], ["h3"], null)));

        var user = await HashAsync(redis.Keys.User("u1"));
        Assert.Equal(new Dictionary<string, string> { ["v"] = "2", ["roles"] = "admin\nlivechat-manager" }, user);
        Assert.Equal(["h3"], (await redis.Database.SetMembersAsync(redis.Keys.UserTokens("u1"))).Select(v => v.ToString()));
    }

    [Fact]
    public async Task Stale_user_change_changes_nothing()
    {
        await redis.Writer.ApplyUserAsync(new UserSnapshot("u1", 2, ["admin"], ["h1"], -3));
        var before = await redis.DumpAsync();

        Assert.False(await redis.Writer.ApplyUserAsync(new UserSnapshot("u1", 2, ["other"], ["h9"], null)));
        Assert.False(await redis.Writer.ApplyUserAsync(new UserSnapshot("u1", 1, ["other"], ["h9"], null)));

        Assert.Equal(before, await redis.DumpAsync());
        Assert.Equal("-3", await redis.Database.HashGetAsync(redis.Keys.User("u1"), "off"));
    }

    [Fact]
    public async Task Deleted_user_loses_its_tokens_and_ignores_an_older_update()
    {
        await redis.Writer.ApplyUserAsync(new UserSnapshot("u1", 1, ["admin"], ["h1"], null));

        Assert.True(await redis.Writer.DeleteUserAsync("u1", 3));
        Assert.False(await redis.Writer.ApplyUserAsync(new UserSnapshot("u1", 2, ["admin"], ["h1"], null)));

        Assert.Equal(new Dictionary<string, string> { ["v"] = "3", ["del"] = "1" }, await HashAsync(redis.Keys.User("u1")));
        Assert.False(await redis.Database.KeyExistsAsync(redis.Keys.UserTokens("u1")));
    }

    [Fact]
    public async Task Permission_keeps_the_roles_of_its_newest_version()
    {
        await redis.Writer.ApplyPermissionAsync("view-livechat-manager", 2, ["admin", "livechat-manager"]);
        Assert.False(await redis.Writer.ApplyPermissionAsync("view-livechat-manager", 1, ["admin"]));

        Assert.Equal(new Dictionary<string, string> { ["v"] = "2", ["roles"] = "admin\nlivechat-manager" },
            await HashAsync(redis.Keys.Permission("view-livechat-manager")));
    }

    [Fact]
    public async Task Setting_keeps_its_newest_value_and_a_null_value_leaves_none()
    {
        await redis.Writer.ApplySettingAsync("Default_Timezone_For_Reporting", 1, "custom");
        Assert.Equal("custom", await redis.Database.HashGetAsync(redis.Keys.Setting("Default_Timezone_For_Reporting"), "val"));

        Assert.True(await redis.Writer.ApplySettingAsync("Default_Timezone_For_Reporting", 2, null));
        Assert.False(await redis.Writer.ApplySettingAsync("Default_Timezone_For_Reporting", 2, "user"));

        Assert.Equal(new Dictionary<string, string> { ["v"] = "2" }, await HashAsync(redis.Keys.Setting("Default_Timezone_For_Reporting")));
    }

    private async Task<Dictionary<string, string>> HashAsync(RedisKey key) =>
        (await redis.Database.HashGetAllAsync(key)).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await redis.DisposeAsync();
}
