using OmniCharts.QueryApi.Auth;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary>Writes what the projector would have written, straight through <see cref="RedisKeySchema"/>.</summary>
internal sealed class ReadModelSeed(IDatabase db, RedisKeySchema keys)
{
    public async Task UserAsync(string id, string token, string roles, string? utcOffset = null, bool deleted = false)
    {
        var fields = new List<HashEntry> { new("v", 1), new("roles", roles) };
        if (utcOffset is not null)
            fields.Add(new HashEntry("off", utcOffset));
        if (deleted)
            fields.Add(new HashEntry("del", 1));
        await db.HashSetAsync(keys.User(id), [.. fields]);
        await db.SetAddAsync(keys.UserTokens(id), LoginToken.Hash(token));
    }

    public Task ManagerPermissionAsync(params string[] roles) =>
        db.HashSetAsync(keys.Permission(ManagerPermission.Id), [new("v", 1), new("roles", string.Join('\n', roles))]);

    public Task SettingAsync(string id, string value) =>
        db.HashSetAsync(keys.Setting(id), [new("v", 1), new("val", value)]);

    public Task DayAsync(SeriesScope scope, DateOnly day, string metric, long value) =>
        db.HashSetAsync(keys.DayTotals(scope, metric, day), RedisKeySchema.DayField(day), value);

    public Task SlotAsync(SeriesScope scope, DateTimeOffset instant, string metric, long value)
    {
        var slot = UtcSlot.Of(instant.ToUnixTimeMilliseconds());
        return db.HashSetAsync(keys.SlotTotals(scope, metric, slot.Day), RedisKeySchema.SlotField(slot.Index), value);
    }
}
