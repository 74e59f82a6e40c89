using System.Globalization;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Writing;

/// <summary>
/// Applies source changes to the read model, each with one atomic Lua script per generation it must reach: the
/// version guard, the per-room state and every bucket it touches move together. Every method returns true when the
/// change applied (in some generation) and false when the stored version was equal or newer (a duplicate or a stale
/// change, which changes nothing).
/// </summary>
/// <remarks>
/// A change reaches the live generation and, during a rebuild, the one being built (<see cref="ReadModelGenerations"/>);
/// a writer made by <see cref="Targeting"/> reaches only the named generation (a rebuild's own events). Room and
/// message scripts derive bucket keys from the room state stored in Redis, so the read model needs a single Redis
/// primary (not Redis Cluster).
/// </remarks>
public sealed class ReadModelWriter
{
    private readonly IConnectionMultiplexer redis;
    private readonly ReadModelGenerations generations;
    private readonly string? target;

    /// <summary>A writer over <paramref name="generations"/>' view.</summary>
    public ReadModelWriter(IConnectionMultiplexer redis, ReadModelGenerations generations, string? target = null)
    {
        this.redis = redis;
        this.generations = generations;
        this.target = target;
    }

    /// <summary>A writer for <paramref name="keys"/>' deployment, following its state.</summary>
    public ReadModelWriter(IConnectionMultiplexer redis, RedisKeySchema keys)
        : this(redis, new ReadModelGenerations(redis, keys))
    {
    }

    /// <summary>The same writer, reaching only <paramref name="generation"/> (null: every writable one); a change for a generation no longer built is dropped.</summary>
    public ReadModelWriter Targeting(string? generation) =>
        generation == target ? this : new ReadModelWriter(redis, generations, generation);

    /// <summary>Replaces a room's state, moving its contribution between buckets as needed.</summary>
    public Task<bool> ApplyRoomAsync(RoomSnapshot room)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (!room.IsOmnichannel)
            return RunAsync(WriteScripts.ApplyOtherRoom, [Id(room.RoomId), Version(room.Version)]);
        var slot = UtcSlot.Of(room.CreatedAtUnixMilliseconds);
        var metrics = room.Metrics;
        var overview = room.Overview ?? RoomOverview.None;
        var productivity = overview.Productivity;
        return RunAsync(WriteScripts.ApplyRoom, [
            Id(room.RoomId), Version(room.Version),
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
        RunAsync(WriteScripts.DeleteRoom, [Id(roomId), Version(version)]);

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
        RedisValue[] head = [Id(user.UserId), Version(user.Version), Lines(user.Roles), offset];
        return RunAsync(WriteScripts.ApplyUser, [.. head, .. user.HashedLoginTokens.Select(token => (RedisValue)token)]);
    }

    /// <summary>Deletes a user: a tombstone keeps the version and the tokens stop working.</summary>
    public Task<bool> DeleteUserAsync(string userId, long version) =>
        RunAsync(WriteScripts.DeleteUser, [Id(userId), Version(version)]);

    /// <summary>Replaces the roles that hold a permission.</summary>
    public Task<bool> ApplyPermissionAsync(string permissionId, long version, IReadOnlyList<string> roles) =>
        RunAsync(WriteScripts.ApplyPermission, [Id(permissionId), Version(version), Lines(roles)]);

    /// <summary>Replaces a setting's value (null leaves no value).</summary>
    public Task<bool> ApplySettingAsync(string settingId, long version, string? value) =>
        RunAsync(WriteScripts.ApplySetting, [Id(settingId), Version(version), value is null ? "0" : "1", value ?? ""]);

    private Task<bool> RunMessageAsync(string roomId, string messageId, long version, string state) =>
        RunAsync(WriteScripts.ApplyMessage, [Id(roomId), Id(messageId), Version(version), state]);

    // Each script checks the view's state version before it writes: -1 means a rebuild began or switched since the
    // view was read, so the view is read again and the change applied where it now must go (applying twice is harmless).
    private async Task<bool> RunAsync(WriteScript script, RedisValue[] arguments)
    {
        var database = redis.GetDatabase();
        var view = await generations.CurrentAsync().ConfigureAwait(false);
        // No script would run for a target the cached view does not know yet, so none could report the view stale.
        if (target is not null && view.Writable.All(k => k.Generation != target))
            view = await generations.RefreshAsync().ConfigureAwait(false);
        while (true)
        {
            var reached = target is null ? view.Writable : view.Writable.Where(k => k.Generation == target).ToList();
            var runs = new Task<RedisResult>[reached.Count];
            for (var i = 0; i < runs.Length; i++)
                runs[i] = script.EvaluateAsync(database, [reached[i].State], [$"{view.Version}|{reached[i].Root}", .. arguments]);
            var results = await Task.WhenAll(runs).ConfigureAwait(false);
            if (results.All(r => (long)r != -1))
                return results.Any(r => (long)r == 1);
            view = await generations.RefreshAsync().ConfigureAwait(false);
        }
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
