using System.Security.Cryptography;
using System.Text;
using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.Bson;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.UnitTests.Reference.Workspace;

public class WorkspaceContentTests
{
    public static TheoryData<int> Seeds => [.. Workspaces.Seeds];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_write_keeps_the_clock_and_updatedAt_rules(int seed) => WriteInvariants.Hold(Workspaces.Default(seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_operation_kind_plays_in_the_default_run(int seed)
    {
        var workspace = Workspaces.Default(seed);
        var played = workspace.Script.Operations.Where((_, i) => workspace.WritesPerOperation[i] > 0).Select(o => o.Kind).ToHashSet();

        Assert.Empty(Enum.GetValues<OperationKind>().Except(played));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Most_new_messages_are_team_chat(int seed)
    {
        var workspace = Workspaces.Default(seed);
        var roomTypes = workspace.Writes.Where(w => w.Collection == Collections.Rooms && w.Kind == WriteKind.Insert)
            .ToDictionary(w => w.Id, w => w.After!["t"].AsString);
        var messages = workspace.Writes.Where(w => w.Collection == Collections.Messages && w.Kind == WriteKind.Insert && !w.After!.Contains("_hidden")).ToList();

        var share = messages.Count(m => roomTypes[m.After!["rid"].AsString] != "l") / (double)messages.Count;

        Assert.InRange(share, 0.78, 0.9);
        Assert.InRange(messages.Count, 4_000, 12_000);
    }

    [Fact]
    public void Every_new_message_moves_its_room_unless_imported()
    {
        var workspace = Workspaces.Default(1);
        var writes = workspace.Writes;
        foreach (var insert in writes.Where(w => w.Collection == Collections.Messages && w.Kind == WriteKind.Insert
            && w.After!.Contains("_updatedAt") && !w.After.Contains("_hidden")))
        {
            var rid = insert.After!["rid"].AsString;
            Assert.Contains(writes.Skip(insert.Sequence + 1).TakeWhile(w => w.Operation == insert.Operation), w =>
                w.Collection == Collections.Rooms && w.Id == rid && w.UpdatedFields!.Contains("msgs")
                && BsonPaths.String(w.UpdatedFields!, "lastMessage._id") == insert.Id);
        }
    }

    [Fact]
    public void Unversioned_documents_exist_in_every_collection()
    {
        var unversioned = Workspaces.Default(1).Writes.Where(w => w.Kind == WriteKind.Insert && !w.After!.Contains("_updatedAt"))
            .Select(w => w.Collection).ToHashSet();

        Assert.Equal(MongoExport.CollectionNames.Order(), unversioned.Order());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_data_holds_what_the_charts_must_handle(int seed)
    {
        var writes = Workspaces.Default(seed).Writes;
        bool Any(string collection, Func<BsonDocument, bool> predicate) => writes.Any(w => w.Collection == collection && w.After is { } d && predicate(d));
        bool Metric(BsonDocument room, string path, Func<BsonValue?, bool> test) => BsonPaths.String(room, "t") == "l" && room.Contains("metrics") && test(BsonPaths.At(room, path));

        foreach (var type in new[] { "c", "p", "d", "l" })
            Assert.True(Any(Collections.Rooms, r => BsonPaths.String(r, "t") == type), $"rooms of type {type}");
        Assert.True(Any(Collections.Messages, m => m.Contains("token") && !m.Contains("t")), "visitor messages");
        Assert.True(Any(Collections.Messages, m => m.GetValue("_hidden", false) == true && m.Contains("parent")), "edit history copies");
        Assert.True(Any(Collections.Messages, m => BsonPaths.String(m, "t") == "livechat_transfer_history"), "transfer messages");
        Assert.True(Any(Collections.Rooms, r => r.GetValue("open", false) == true && BsonPaths.At(r, "metrics.chatDuration") is not null), "reopened rooms");
        Assert.True(Any(Collections.Rooms, r => Metric(r, "metrics.response.ft", v => v is BsonNull)), "null first response");
        Assert.True(Any(Collections.Rooms, r => Metric(r, "metrics.chatDuration", v => v is { IsNumeric: true } n && n.ToDouble() == 0)), "zero durations");
        Assert.True(Any(Collections.Rooms, r => r.Contains("responseBy") && BsonPaths.At(r, "metrics.response") is null), "answered rooms without metrics.response");
        Assert.True(Any(Collections.Rooms, r => Metric(r, "metrics.response.avg", v => v is BsonDouble d && Math.Round(d.Value, 3) != d.Value)), "averages finer than a millisecond");
        Assert.True(Any(Collections.Rooms, r => Metric(r, "metrics.chatDuration", v => v is BsonInt32)), "metrics stored as int32");
        Assert.Contains(writes, w => w.Collection == Collections.Rooms && w.Kind == WriteKind.Update && w.RemovedFields!.Contains("departmentId"));
        Assert.True(Any(Collections.Settings, s => s["value"] == "Asia/Kathmandu" || s["value"] == "Asia/Kolkata"), "a fractional reporting zone");
        Assert.True(Any(Collections.Settings, s => s["value"] == "America/New_York" || s["value"] == "Europe/Berlin" || s["value"] == "America/Santiago"), "a DST reporting zone");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Everything_happens_inside_the_window(int seed)
    {
        var workspace = Workspaces.Default(seed);
        var start = workspace.Script.WindowStart.ToUnixTimeMilliseconds();
        var end = workspace.Script.WindowEnd.ToUnixTimeMilliseconds();

        Assert.All(workspace.Writes, w => Assert.InRange(w.WallTime, start, end - 1));
        Assert.All(workspace.Final.Documents(Collections.Rooms), r => Assert.InRange(r["ts"].AsBsonDateTime.MillisecondsSinceEpoch, start, end - 1));
        Assert.Equal(DateOnly.FromDateTime(workspace.Script.WindowStart.UtcDateTime), workspace.FirstDay);
        Assert.Equal(workspace.FirstDay.AddDays(13), workspace.LastDay);
    }

    [Fact]
    public void Windows_hold_DST_changes_and_month_ends()
    {
        var windows = Enumerable.Range(0, 30).Select(seed => WorkspaceScript.Generate(seed, Workspaces.Tiny))
            .Select(s => (Start: DateOnly.FromDateTime(s.WindowStart.UtcDateTime), End: DateOnly.FromDateTime(s.WindowEnd.UtcDateTime))).ToList();
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        static bool HoldsMonthEnd((DateOnly Start, DateOnly End) w) => w.Start.Month != w.End.AddDays(-1).Month;
        bool HoldsDstChange((DateOnly Start, DateOnly End) w) =>
            berlin.IsDaylightSavingTime(w.Start.ToDateTime(TimeOnly.MinValue)) != berlin.IsDaylightSavingTime(w.End.ToDateTime(TimeOnly.MinValue))
            || newYork.IsDaylightSavingTime(w.Start.ToDateTime(TimeOnly.MinValue)) != newYork.IsDaylightSavingTime(w.End.ToDateTime(TimeOnly.MinValue));

        Assert.Contains(windows, HoldsMonthEnd);
        Assert.Contains(windows, HoldsDstChange);
        Assert.True(windows.Select(w => w.Start).Distinct().Count() > 10);
    }

    [Fact]
    public void Callers_cover_every_answer_the_endpoint_gives()
    {
        var workspace = Workspaces.Default(1);
        var users = workspace.Final.Documents(Collections.Users).ToDictionary(u => u["_id"].AsString);
        bool Holds(string role)
        {
            var caller = workspace.CallersByRole[role];
            var hashed = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(caller.Token)));
            return BsonPaths.At(users[caller.UserId], "services.resume.loginTokens") is BsonArray tokens
                && tokens.Any(t => t is BsonDocument d && d.GetValue("hashedToken", BsonNull.Value) == hashed);
        }

        Assert.Equal(["manager", "monitor", "agent", "admin", "revoked"], workspace.Callers.Select(c => workspace.CallersByRole.Single(p => p.Value == c).Key));
        Assert.True(Holds("manager") && Holds("monitor") && Holds("agent") && Holds("admin"));
        Assert.False(Holds("revoked"));
        Assert.Contains("livechat-agent", BsonPaths.Strings(users[workspace.CallersByRole["agent"].UserId], "roles"));
        Assert.Equal(Workspaces.Default(1).Script.Options.Departments, workspace.Departments.Count);
    }
}
