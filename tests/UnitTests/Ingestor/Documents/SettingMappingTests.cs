using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.UnitTests.Ingestor.Documents;

public class SettingMappingTests
{
    [Theory]
    [InlineData("Default_Timezone_For_Reporting", "custom")]
    [InlineData("Default_Custom_Timezone", "America/Sao_Paulo")]
    [InlineData("Livechat_enabled", "true")]
    [InlineData("Livechat_max_queue_wait_time", "600")]
    [InlineData("Livechat_agent_leave_action_timeout", "1.5")]
    [InlineData("Accounts_AllowedDomainsList", null)]
    public void Setting_value_becomes_text(string id, string? text)
    {
        var setting = RocketChatFixtures.Event<SettingChanged>(RocketChatCollection.Settings, "rocketchat_settings.json", id);

        Assert.Equal(id, setting.SettingId);
        Assert.Equal(text, setting.Value);
    }

    [Fact]
    public void False_and_array_values_keep_their_json_spelling()
    {
        var boolean = RocketChatFixtures.MapLine(RocketChatCollection.Settings, """{"_id":"a","value":false,"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""");
        var array = RocketChatFixtures.MapLine(RocketChatCollection.Settings, """{"_id":"b","value":["x","y"],"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""");

        Assert.Equal("false", Assert.IsType<SettingChanged>(boolean.Event).Value);
        Assert.Equal("""["x", "y"]""", Assert.IsType<SettingChanged>(array.Event).Value);
    }

    [Fact]
    public void Permission_lists_its_roles()
    {
        var permission = RocketChatFixtures.Event<PermissionChanged>(RocketChatCollection.Permissions, "rocketchat_permissions.json", "view-livechat-manager");

        Assert.Equal(["livechat-manager", "livechat-monitor", "admin"], permission.Roles);
        Assert.Equal(DateTimeOffset.Parse("2025-11-02T12:00:00.500Z").ToUnixTimeMilliseconds(), permission.SourceVersion);
    }

    [Fact]
    public void Permission_without_roles_has_an_empty_list()
    {
        var permission = RocketChatFixtures.Event<PermissionChanged>(RocketChatCollection.Permissions, "rocketchat_permissions.json", "view-livechat-analytics");

        Assert.Empty(permission.Roles);
    }
}
