using OmniCharts.QueryApi.Auth;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Reporting;

/// <summary>Resolves the caller's reporting zone from the synced Rocket.Chat settings, in one round trip.</summary>
public sealed class ReportingZones(IConnectionMultiplexer redis, RedisKeySchema keys, ServerTimeZone server)
{
    /// <summary>The zone the caller's charts are computed in.</summary>
    public async Task<TimeZoneInfo> ForAsync(Caller caller)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var mode = batch.HashGetAsync(keys.Setting(ReportingTimeZone.ModeSetting), DirectoryField.Value);
        var custom = batch.HashGetAsync(keys.Setting(ReportingTimeZone.CustomZoneSetting), DirectoryField.Value);
        batch.Execute();
        return ReportingTimeZone.Choose(await mode, await custom, caller.UtcOffset, server.Zone);
    }
}
