using OmniCharts.QueryApi.Auth;
using OmniCharts.QueryApi.Availability;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Reporting;

/// <summary>Resolves the caller's reporting zone from the synced Rocket.Chat settings.</summary>
public sealed class ReportingZones(LiveGeneration live, ServerTimeZone server)
{
    /// <summary>Adds the settings reads to <paramref name="batch"/>, so they share the request's one round trip (the live generation's by default).</summary>
    public Task<ReportingSettings> Queue(IBatch batch, RedisKeySchema? keys = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        keys ??= live.Keys;
        var mode = batch.HashGetAsync(keys.Setting(ReportingTimeZone.ModeSetting), DirectoryField.Value);
        var custom = batch.HashGetAsync(keys.Setting(ReportingTimeZone.CustomZoneSetting), DirectoryField.Value);
        return ReadAsync(mode, custom);
    }

    /// <summary>The zone the caller's charts are computed in.</summary>
    public TimeZoneInfo For(ReportingSettings settings, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(caller);
        return ReportingTimeZone.Choose(settings.Mode, settings.CustomZone, caller.UtcOffset, server.Zone);
    }

    private static async Task<ReportingSettings> ReadAsync(Task<RedisValue> mode, Task<RedisValue> custom) =>
        new(await mode.ConfigureAwait(false), await custom.ConfigureAwait(false));
}
