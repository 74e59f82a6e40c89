using OmniCharts.QueryApi.Reporting;

namespace OmniCharts.UnitTests.QueryApi.Reporting;

public class ReportingTimeZoneTests
{
    private static readonly TimeZoneInfo Server = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTime Winter = new(2025, 1, 15, 12, 0, 0, DateTimeKind.Utc);

    private static TimeSpan OffsetOf(TimeZoneInfo zone) => zone.GetUtcOffset(Winter);

    [Theory]
    [InlineData(null)]
    [InlineData("server")]
    [InlineData("something-else")]
    public void Server_or_unset_mode_uses_the_server_zone(string? mode) =>
        Assert.Same(Server, ReportingTimeZone.Choose(mode, "Asia/Tokyo", "5", Server));

    [Fact]
    public void Custom_mode_uses_the_custom_iana_zone() =>
        Assert.Equal(TimeSpan.FromHours(9), OffsetOf(ReportingTimeZone.Choose("custom", "Asia/Tokyo", null, Server)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    public void Custom_mode_without_a_known_zone_uses_utc(string? custom) =>
        Assert.Equal(TimeSpan.Zero, OffsetOf(ReportingTimeZone.Choose("custom", custom, null, Server)));

    [Theory]
    [InlineData("-3", -3)]
    [InlineData("5", 5)]
    [InlineData("14", 14)]
    [InlineData("-12", -12)]
    public void User_mode_uses_the_users_whole_hour_offset(string offset, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), OffsetOf(ReportingTimeZone.Choose("user", null, offset, Server)));

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("5.5")]
    [InlineData("15")]
    [InlineData("abc")]
    public void User_mode_without_a_usable_offset_uses_the_server_zone(string? offset) =>
        Assert.Same(Server, ReportingTimeZone.Choose("user", null, offset, Server));
}
