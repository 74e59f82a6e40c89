using System.Globalization;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Writing;

/// <summary>
/// Applies source changes to the read model, each with one atomic Lua script: the version guard, the per-room
/// state and every bucket it touches move together. Every method returns true when the change applied and
/// false when the stored version was equal or newer (a duplicate or a stale change, which changes nothing).
/// </summary>
/// <remarks>
/// Room and message scripts derive bucket keys from the room state stored in Redis, so the read model needs a
/// single Redis primary (not Redis Cluster).
/// </remarks>
public sealed class ReadModelWriter(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>Replaces a room's state, moving its contribution between buckets as needed.</summary>
    public Task<bool> ApplyRoomAsync(RoomSnapshot room)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (!room.IsOmnichannel)
            return RunAsync(WriteScripts.ApplyOtherRoom, [], [keys.Root, Id(room.RoomId), Version(room.Version)]);
        var slot = UtcSlot.Of(room.CreatedAtUnixMilliseconds);
        var metrics = room.Metrics;
        var overview = room.Overview ?? RoomOverview.None;
        var productivity = overview.Productivity;
        return RunAsync(WriteScripts.ApplyRoom, [], [
            keys.Root, Id(room.RoomId), Version(room.Version),
            Text(room.CreatedAtUnixMilliseconds), slot.DayText, slot.IndexText, room.DepartmentId ?? "",
            Metric(metrics.ChatDuration), Metric(metrics.FirstResponse), Metric(metrics.ResponseAverage), Metric(metrics.Reaction),
            Flag(overview.IsOpen), Flag(overview.IsOnHold), Agent(overview.ServedBy), Agent(overview.ResponseBy),
            Flag(productivity is not null),
            Productivity(productivity, p => p.ResponseAverage, metrics.ResponseAverage),
            Productivity(productivity, p => p.FirstResponse, metrics.FirstResponse),
            Productivity(productivity, p => p.Reaction, metrics.Reaction),
        ]);
    }

    /// <summary>Deletes a room: a tombstone keeps the version and the room leaves every bucket.</summary>
    public Task<bool> DeleteRoomAsync(string roomId, long version) =>
        RunAsync(WriteScripts.DeleteRoom, [], [keys.Root, Id(roomId), Version(version)]);

    /// <summary>
    /// Records which totals a message counts in, adjusting its room's totals when that changes. A message of a room
    /// known not to be Omnichannel, or of a deleted room, is not kept (returns false).
    /// </summary>
    public Task<bool> ApplyMessageAsync(MessageSnapshot message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return RunMessageAsync(message.RoomId, message.MessageId, message.Version, ((char)message.Count).ToString());
    }

    /// <summary>Deletes a message: a tombstone keeps the version so an older update of it changes nothing.</summary>
    public Task<bool> DeleteMessageAsync(string roomId, string messageId, long version) =>
        RunMessageAsync(roomId, messageId, version, "d");

    /// <summary>Replaces a user's roles, utcOffset and login tokens.</summary>
    public Task<bool> ApplyUserAsync(UserSnapshot user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var offset = user.UtcOffsetHours is { } hours ? hours.ToString("R", CultureInfo.InvariantCulture) : "";
        RedisValue[] head = [Version(user.Version), Lines(user.Roles), offset];
        return RunAsync(WriteScripts.ApplyUser, [keys.User(Id(user.UserId)), keys.UserTokens(user.UserId)],
            [.. head, .. user.HashedLoginTokens.Select(token => (RedisValue)token)]);
    }

    /// <summary>Deletes a user: a tombstone keeps the version and the tokens stop working.</summary>
    public Task<bool> DeleteUserAsync(string userId, long version) =>
        RunAsync(WriteScripts.DeleteUser, [keys.User(Id(userId)), keys.UserTokens(userId)], [Version(version)]);

    /// <summary>Replaces the roles that hold a permission.</summary>
    public Task<bool> ApplyPermissionAsync(string permissionId, long version, IReadOnlyList<string> roles) =>
        RunAsync(WriteScripts.ApplyPermission, [keys.Permission(Id(permissionId))], [Version(version), Lines(roles)]);

    /// <summary>Replaces a setting's value (null leaves no value).</summary>
    public Task<bool> ApplySettingAsync(string settingId, long version, string? value) =>
        RunAsync(WriteScripts.ApplySetting, [keys.Setting(Id(settingId))],
            [Version(version), value is null ? "0" : "1", value ?? ""]);

    private Task<bool> RunMessageAsync(string roomId, string messageId, long version, string state) =>
        RunAsync(WriteScripts.ApplyMessage, [], [keys.Root, Id(roomId), Id(messageId), Version(version), state]);

    private async Task<bool> RunAsync(WriteScript script, RedisKey[] scriptKeys, RedisValue[] arguments)
    {
        var result = await script.EvaluateAsync(redis.GetDatabase(), scriptKeys, arguments).ConfigureAwait(false);
        return (long)result == 1;
    }

    private static string Id(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return id;
    }

    private static string Version(long version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        return Text(version);
    }

    private static string Metric(long? milliseconds)
    {
        if (milliseconds is not > 0)
            return "";
        ArgumentOutOfRangeException.ThrowIfGreaterThan(milliseconds.Value, RoomMetrics.MaxMilliseconds);
        return Text(milliseconds.Value);
    }

    private static string Flag(bool value) => value ? "1" : "";

    // An empty username is no agent: the script reads '' as absent.
    private static string Agent(string? username) => username ?? "";

    // Only a value the chart metric does not already give (its value, or 0 when it has none) is stored: 'x' for a
    // missing field, a negative value. The common room adds nothing to its hash.
    private static string Productivity(RoomProductivity? productivity, Func<RoomProductivity, long?> field, long? metric)
    {
        if (productivity is null)
            return "";
        if (field(productivity) is not { } milliseconds)
            return "x";
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(milliseconds), RoomMetrics.MaxMilliseconds);
        return milliseconds == (metric is > 0 ? metric.Value : 0) ? "" : Text(milliseconds);
    }

    private static string Lines(IReadOnlyList<string> values) => string.Join('\n', values);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
