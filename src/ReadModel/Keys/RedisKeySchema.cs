using System.Globalization;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Keys;

/// <summary>
/// The one place where Redis keys and bucket fields are built, in C# and, for the Lua scripts, in Lua.
/// Every key of the read model starts with <c>{prefix}:{generation}:</c> (the <see cref="Root"/>), so a rebuild
/// writes a new generation beside the live one and readers switch by following <c>{prefix}:state</c>. A few keys
/// belong to the deployment rather than to a generation and sit directly under <c>{prefix}:</c>: the state, the
/// live sources' checkpoints and the run counters.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term><c>room:{rid}</c></term><description>hash: what the projector knows of a room (fields in <see cref="RoomField"/>).</description></item>
/// <item><term><c>msgs:{rid}</c></term><description>hash: message id → <c>{version}:{state}</c>, state 1 counts in both message totals, 2 only in the overview's (a visitor's), 0 in neither, d deleted. Only for Omnichannel rooms and rooms not known yet.</description></item>
/// <item><term><c>rooms:pending</c></term><description>set: ids of rooms with messages but no room document yet; a room leaves it when it arrives (and its messages are dropped if it is not Omnichannel).</description></item>
/// <item><term><c>{scope}:day:{metric}:{yyyy-MM}</c></term><description>hash: one metric of one month of UTC-day buckets, field <c>{dd}</c> (at most 31).</description></item>
/// <item><term><c>{scope}:slot:{metric}:{yyyy-MM-dd}</c></term><description>hash: one metric of one UTC day of 15-minute buckets, field <c>{SS}</c> = 00..95.</description></item>
/// <item><term><c>{scope}:dayver</c></term><description>hash: field <c>{yyyy-MM}</c> → the version of that month's day hashes in the scope, raised by every script that changes one of them; lets a reader keep a month it has read (<see cref="DayVersions"/>).</description></item>
/// <item><term><c>{scope}:slotver:{yyyy-MM}</c></term><description>hash: field <c>{dd}</c> → the version of that day's slot hashes in the scope, raised with the month's; lets a reader keep the past days of the month still open (<see cref="SlotVersions"/>).</description></item>
/// <item><term><c>{scope}:ftidx:{yyyy-MM-dd}</c></term><description>sorted set (all scores 0, ordered by member): <c>{SS}{ft ms, 12 digits}{rid}</c>, so the first member of a slot is its minimum first response.</description></item>
/// <item><term><c>{scope}:agday:{family}:{yyyy-MM}</c></term><description>hash: one agent family (<see cref="AgentFamily"/>) of one month of UTC-day buckets, field <c>{dd}{username}</c>, value the family's numbers separated by spaces. Only pairs of a day and an agent that has rooms that day exist.</description></item>
/// <item><term><c>{scope}:agslot:{family}:{yyyy-MM-dd}</c></term><description>hash: the same per 15-minute slot of one UTC day, field <c>{SS}{username}</c>.</description></item>
/// <item><term><c>user:{uid}</c></term><description>hash: fields in <see cref="DirectoryField"/>.</description></item>
/// <item><term><c>user:{uid}:tokens</c></term><description>set: the user's hashed login tokens.</description></item>
/// <item><term><c>perm:{id}</c></term><description>hash: <c>v</c>, <c>roles</c> (newline-separated).</description></item>
/// <item><term><c>setting:{id}</c></term><description>hash: <c>v</c>, <c>val</c>.</description></item>
/// <item><term><c>checkpoint:{source}</c></term><description>string, per generation: where a backfill building it resumes.</description></item>
/// </list>
/// Under <c>{prefix}:</c> only:
/// <list type="table">
/// <item><term><c>state</c></term><description>hash: which generation answers and how complete it is (<see cref="StateField"/>).</description></item>
/// <item><term><c>checkpoint:{source}</c></term><description>string: where a live source resumes (a poll position or a change-stream resume token); it feeds every generation.</description></item>
/// <item><term><c>run:{runId}</c></term><description>hash: <c>published</c> (written by the Ingestor), <c>below</c> and <c>below.failed</c> (events folded out of the bitmaps): one run's progress (<see cref="RunField"/>; expires a day after the last change).</description></item>
/// <item><term><c>run:{runId}:done:{block}</c>, <c>run:{runId}:failed:{block}</c></term><description>bitmaps (strings) of 65,536 event numbers each: bit <c>n % 65536</c> of block <c>n / 65536</c> is set once event <c>n</c> of the run has a final outcome, or failed.</description></item>
/// </list>
/// {scope} is <c>all</c> or <c>dep:{departmentId}</c> (<see cref="SeriesScope"/>).
/// </remarks>
public sealed class RedisKeySchema
{
    /// <summary>
    /// The layout; bump it when a key or field changes meaning. It is also the name of the first generation built
    /// with it, and every later generation's name starts with it (<c>v3.2</c>, <c>v3.3</c>, …), so data of another
    /// layout is never read. v3 adds the analytics overview's buckets (open, on hold, the overview's message weight,
    /// productivity, per-agent families) and gives the message states and the room hash new meanings, so v2 data must
    /// not be read as v3. v2 (one hash per metric, so at most 31 or 96 fields) replaced v1 (one hash per month or day
    /// with a field per metric, up to 341 or 1,056 fields, which HMGET searched linearly while it was a listpack).
    /// </summary>
    public const string SchemaVersion = "v3";

    // Field names are built once: a 365-day read names 365 of them.
    private static readonly RedisValue[] DayFieldNames = Digits(1, 31);
    private static readonly RedisValue[] SlotFieldNames = Digits(0, UtcSlot.PerDay);

    /// <summary>The key prefix used when none is configured.</summary>
    public const string DefaultPrefix = "oc";

    /// <summary>Creates the schema for keys of <paramref name="generation"/> under <c>{prefix}:{generation}:</c>.</summary>
    public RedisKeySchema(string prefix = DefaultPrefix, string generation = SchemaVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(generation);
        if (generation.Contains(':', StringComparison.Ordinal) || generation.Contains('|', StringComparison.Ordinal))
            throw new ArgumentException($"A generation name has no ':' or '|': '{generation}'.", nameof(generation));
        Prefix = prefix;
        Generation = generation;
        Root = $"{prefix}:{generation}:";
    }

    /// <summary>The deployment's key prefix (<c>ReadModel:KeyPrefix</c>).</summary>
    public string Prefix { get; }

    /// <summary>The generation these keys belong to.</summary>
    public string Generation { get; }

    /// <summary><c>{prefix}:{generation}:</c>, handed to every Lua script.</summary>
    public string Root { get; }

    /// <summary>The same prefix, keys of another generation.</summary>
    public RedisKeySchema ForGeneration(string generation) =>
        generation == Generation ? this : new RedisKeySchema(Prefix, generation);

    /// <summary>The read model's state: which generation answers and how complete each is.</summary>
    public RedisKey State => Prefix + ":state";

    /// <summary>A SCAN MATCH pattern for every key of this generation.</summary>
    public RedisValue GenerationPattern => Glob(Root) + "*";
    /// <summary>The per-room state hash.</summary>
    public RedisKey Room(string roomId) => Root + "room:" + roomId;

    /// <summary>The per-room hash of message versions and states.</summary>
    public RedisKey RoomMessages(string roomId) => Root + "msgs:" + roomId;

    /// <summary>The ids of rooms whose messages arrived before the room itself: whether they are team chat is not known yet.</summary>
    public RedisKey PendingRooms => Root + "rooms:pending";

    /// <summary>The month hash that holds <paramref name="metric"/> of the UTC-day buckets of <paramref name="day"/>'s month.</summary>
    public RedisKey DayTotals(SeriesScope scope, string metric, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}{scope.KeyPart}:day:{metric}:{day:yyyy-MM}");

    /// <summary>The hash that holds <paramref name="metric"/> of the 96 slot buckets of one UTC day.</summary>
    public RedisKey SlotTotals(SeriesScope scope, string metric, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}{scope.KeyPart}:slot:{metric}:{day:yyyy-MM-dd}");

    /// <summary>
    /// The name under which a QueryApi keeps one month of <paramref name="metric"/>'s slot hashes in its memory
    /// (<c>SlotSeriesReader</c>); no such key exists in Redis.
    /// </summary>
    public RedisKey SlotMonthCacheName(SeriesScope scope, string metric, DateOnly month) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}{scope.KeyPart}:slot:{metric}:{month:yyyy-MM-01}~month");

    /// <summary>
    /// The versions of <paramref name="scope"/>'s month hashes of UTC-day buckets, field <see cref="MonthField"/>.
    /// A script that changes any day hash of a month sets that month's version to max(old + 1, the server's time
    /// in µs) in the same atomic step, so an equal version means unchanged contents, even across a deletion of
    /// the keys and a new replay (the time has moved on).
    /// </summary>
    public RedisKey DayVersions(SeriesScope scope) => $"{Root}{scope.KeyPart}:dayver";

    /// <summary>
    /// The versions of <paramref name="scope"/>'s slot hashes of the days of <paramref name="day"/>'s month, field
    /// <see cref="DayField"/>: raised like <see cref="DayVersions"/>, in the same script, for the day that changed. A
    /// month's version is never below the versions of its days.
    /// </summary>
    public RedisKey SlotVersions(SeriesScope scope, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}{scope.KeyPart}:slotver:{day:yyyy-MM}");

    /// <summary>The field of <paramref name="day"/>'s month in <see cref="DayVersions"/>: <c>yyyy-MM</c>.</summary>
    public static RedisValue MonthField(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The ordered index of first-response times of one UTC day, for exact minimums.</summary>
    public RedisKey FirstResponseIndex(SeriesScope scope, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}{scope.KeyPart}:ftidx:{day:yyyy-MM-dd}");

    /// <summary>The month hash of <paramref name="family"/>'s per-agent UTC-day buckets of <paramref name="day"/>'s month, fields <see cref="AgentDayField"/>.</summary>
    public RedisKey AgentDayTotals(SeriesScope scope, string family, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}{scope.KeyPart}:agday:{family}:{day:yyyy-MM}");

    /// <summary>The hash of <paramref name="family"/>'s per-agent slot buckets of one UTC day, fields <see cref="AgentSlotField"/>.</summary>
    public RedisKey AgentSlotTotals(SeriesScope scope, string family, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}{scope.KeyPart}:agslot:{family}:{day:yyyy-MM-dd}");

    /// <summary>The field of <paramref name="agent"/> on UTC day <paramref name="day"/> in its month's agent hash: <c>{dd}{username}</c>.</summary>
    public static string AgentDayField(DateOnly day, string agent) => day.Day.ToString("00", CultureInfo.InvariantCulture) + agent;

    /// <summary>The field of <paramref name="agent"/> in slot <paramref name="slotIndex"/> of a day's agent hash: <c>{SS}{username}</c>.</summary>
    public static string AgentSlotField(int slotIndex, string agent) => slotIndex.ToString("00", CultureInfo.InvariantCulture) + agent;

    /// <summary>A user's hash.</summary>
    public RedisKey User(string userId) => Root + "user:" + userId;

    /// <summary>A user's set of hashed login tokens.</summary>
    public RedisKey UserTokens(string userId) => Root + "user:" + userId + ":tokens";

    /// <summary>A permission's hash.</summary>
    public RedisKey Permission(string permissionId) => Root + "perm:" + permissionId;

    /// <summary>A setting's hash.</summary>
    public RedisKey Setting(string settingId) => Root + "setting:" + settingId;

    /// <summary>Where the live source named <paramref name="source"/> resumes, e.g. <c>poll:rocketchat_room</c>: one for every generation.</summary>
    public RedisKey SourceCheckpoint(string source) => Prefix + ":checkpoint:" + source;

    /// <summary>Where a source building this generation resumes, e.g. <c>backfill:rocketchat_room</c>.</summary>
    public RedisKey BuildCheckpoint(string source) => Root + "checkpoint:" + source;

    /// <summary>The progress hash of one run.</summary>
    public RedisKey Run(string runId) => Prefix + ":run:" + runId;

    /// <summary>
    /// One block of a run's bitmap <paramref name="bitmap"/> (<see cref="RunField.DoneBitmap"/> or
    /// <see cref="RunField.FailedBitmap"/>): the events numbered <c>block × 65536</c> and up.
    /// </summary>
    public RedisKey RunBlock(string runId, string bitmap, long block) =>
        RunBlockPrefix(runId, bitmap) + block.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="RunBlock"/> without the block number, for the run scripts, which append it in Lua (a Lua number
    /// below 2^53 prints as the same decimal digits).
    /// </summary>
    public string RunBlockPrefix(string runId, string bitmap) => Prefix + ":run:" + runId + ":" + bitmap + ":";

    /// <summary>
    /// A SCAN MATCH pattern for every key that <paramref name="keyOf"/> builds, e.g. <c>ScanPattern(Room)</c>; with
    /// <see cref="IdOf"/>, it lets the Ingestor's reconciliation list what the read model holds without building keys itself.
    /// </summary>
    public static RedisValue ScanPattern(Func<string, RedisKey> keyOf)
    {
        var (before, after) = Around(keyOf);
        return Glob(before) + "*" + Glob(after);
    }

    /// <summary>The id inside <paramref name="key"/>, a key <paramref name="keyOf"/> built; null for another key.</summary>
    public static string? IdOf(Func<string, RedisKey> keyOf, RedisKey key)
    {
        var (before, after) = Around(keyOf);
        var text = (string?)key ?? "";
        return text.Length > before.Length + after.Length && text.StartsWith(before, StringComparison.Ordinal) && text.EndsWith(after, StringComparison.Ordinal)
            ? text[before.Length..^after.Length]
            : null;
    }

    private static (string Before, string After) Around(Func<string, RedisKey> keyOf)
    {
        var template = (string)keyOf("\0")!;
        var at = template.IndexOf('\0', StringComparison.Ordinal);
        return (template[..at], template[(at + 1)..]);
    }

    private static string Glob(string literal) =>
        string.Concat(literal.Select(c => c is '*' or '?' or '[' or ']' or '\\' ? "\\" + c : c.ToString()));


    /// <summary>The field of UTC day <paramref name="day"/> inside its month hash: <c>dd</c>.</summary>
    public static RedisValue DayField(DateOnly day) => DayFieldNames[day.Day - 1];

    /// <summary>The field of slot <paramref name="slotIndex"/> inside its day's slot hash: <c>SS</c>.</summary>
    public static RedisValue SlotField(int slotIndex) => SlotFieldNames[slotIndex];

    /// <summary>The fields of days <paramref name="firstDay"/>..<paramref name="lastDay"/> (1..31) of a month hash, in order.</summary>
    public static RedisValue[] DayFields(int firstDay, int lastDay) => DayFieldNames[(firstDay - 1)..lastDay];

    /// <summary>The fields of slots <paramref name="first"/>..<paramref name="last"/> (0..95) of a slot hash, in order.</summary>
    public static RedisValue[] SlotFields(int first, int last) => SlotFieldNames[first..(last + 1)];

    private static RedisValue[] Digits(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(i => (RedisValue)i.ToString("00", CultureInfo.InvariantCulture))];

    /// <summary>
    /// The same builders in Lua, prepended to every write script so that scripts build keys exactly as
    /// above. <c>day</c> is <c>yyyy-MM-dd</c>, <c>slot</c> two digits, <c>root</c> is <see cref="Root"/>.
    /// It opens with the generation guard: every write script is called with <c>KEYS[1]</c> = <see cref="State"/>
    /// and <c>ARGV[1]</c> = <c>{state version}|{root}</c>, the writer's view of the generations. When the state
    /// moved on since (a rebuild began or switched), the script writes nothing and returns -1, and the writer
    /// reads the state again; otherwise <c>ARGV[1]</c> becomes the root and the script runs.
    /// </summary>
    public const string LuaKeyFunctions = """
        do
          local bar = string.find(ARGV[1], '|', 1, true)
          if (redis.call('HGET', KEYS[1], 'ver') or '0') ~= string.sub(ARGV[1], 1, bar - 1) then return -1 end
          ARGV[1] = string.sub(ARGV[1], bar + 1)
        end
        local function scope_all() return 'all' end
        local function scope_dep(dep) return 'dep:' .. dep end
        local function key_room(root, rid) return root .. 'room:' .. rid end
        local function key_msgs(root, rid) return root .. 'msgs:' .. rid end
        local function key_pending_rooms(root) return root .. 'rooms:pending' end
        local function key_user(root, uid) return root .. 'user:' .. uid end
        local function key_user_tokens(root, uid) return root .. 'user:' .. uid .. ':tokens' end
        local function key_permission(root, id) return root .. 'perm:' .. id end
        local function key_setting(root, id) return root .. 'setting:' .. id end
        local function key_day(root, scope, metric, day) return root .. scope .. ':day:' .. metric .. ':' .. string.sub(day, 1, 7) end
        local function key_slot(root, scope, metric, day) return root .. scope .. ':slot:' .. metric .. ':' .. day end
        local function key_day_versions(root, scope) return root .. scope .. ':dayver' end
        local function key_slot_versions(root, scope, day) return root .. scope .. ':slotver:' .. string.sub(day, 1, 7) end
        local function field_month(day) return string.sub(day, 1, 7) end
        local function key_ftidx(root, scope, day) return root .. scope .. ':ftidx:' .. day end
        local function field_day(day) return string.sub(day, 9, 10) end
        local function field_slot(slot) return slot end
        local function key_agent_day(root, scope, family, day) return root .. scope .. ':agday:' .. family .. ':' .. string.sub(day, 1, 7) end
        local function key_agent_slot(root, scope, family, day) return root .. scope .. ':agslot:' .. family .. ':' .. day end
        local function field_agent_day(day, agent) return string.sub(day, 9, 10) .. agent end
        local function field_agent_slot(slot, agent) return slot .. agent end

        """;
}
