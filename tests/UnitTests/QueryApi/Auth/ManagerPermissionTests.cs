using OmniCharts.QueryApi.Auth;

namespace OmniCharts.UnitTests.QueryApi.Auth;

public class ManagerPermissionTests
{
    [Theory]
    [InlineData("admin")]
    [InlineData("user\nlivechat-manager")]
    [InlineData("livechat-monitor")]
    public void Default_roles_hold_it_until_the_permission_is_synced(string roles) =>
        Assert.True(ManagerPermission.IsHeldBy(roles, synced: false, permissionRoles: null));

    [Fact]
    public void Agents_do_not_hold_it_by_default() =>
        Assert.False(ManagerPermission.IsHeldBy("user\nlivechat-agent", synced: false, permissionRoles: null));

    [Fact]
    public void Synced_roles_replace_the_defaults()
    {
        Assert.False(ManagerPermission.IsHeldBy("admin", synced: true, permissionRoles: "livechat-agent"));
        Assert.True(ManagerPermission.IsHeldBy("livechat-agent", synced: true, permissionRoles: "admin\nlivechat-agent"));
    }

    [Fact]
    public void A_synced_permission_without_roles_is_held_by_nobody() =>
        Assert.False(ManagerPermission.IsHeldBy("admin", synced: true, permissionRoles: null));

    [Fact]
    public void A_user_without_roles_holds_nothing() =>
        Assert.False(ManagerPermission.IsHeldBy(null, synced: false, permissionRoles: null));
}
