using MongoDB.Bson;

namespace OmniCharts.Reference.Histories;

/// <summary>Changes to rooms: created, metrics moving, closed, reopened, transferred, deleted.</summary>
internal static class RoomSteps
{
    private static readonly string[] OtherTypes = ["c", "d", "p"];

    public static bool Create(HistoryState s, int maxRooms)
    {
        if (s.RoomsCreated >= maxRooms)
            return false;
        var id = s.NewId();
        var ts = Moments.RoomTs(s.Random, s.WindowStart);
        var livechat = s.Chance(0.8);
        var room = new BsonDocument { ["_id"] = id, ["t"] = livechat ? "l" : s.Pick(OtherTypes), ["ts"] = new BsonDateTime(ts), ["msgs"] = 0 };
        if (livechat)
        {
            room["fname"] = $"Visitor {s.RoomsCreated}";
            room["v"] = new BsonDocument { ["_id"] = s.NewId(), ["username"] = $"guest-{s.RoomsCreated}", ["token"] = s.NewId() };
            room["open"] = true;
            room["metrics"] = new BsonDocument("v", new BsonDocument("lq", new BsonDateTime(ts)));
        }
        if (s.Chance(0.8))
            room["departmentId"] = s.Pick(s.Departments);
        OverviewSteps.Created(s, room);
        s.Log.Put(Collections.Rooms, room);
        s.LiveRooms.Add(id);
        s.LiveMessages[id] = [];
        s.RoomsCreated++;
        return true;
    }

    public static bool MoveMetrics(HistoryState s) => Change(s, IsOpenLivechat, room =>
    {
        var metrics = Metrics(room);
        var response = metrics.GetValue("response", new BsonDocument()).AsBsonDocument;
        var reaction = metrics.GetValue("reaction", new BsonDocument()).AsBsonDocument;
        if (!response.Contains("ft") || s.Chance(0.2))
            response["ft"] = Metric(s);
        response["avg"] = Metric(s);
        if (s.Chance(0.7))
            reaction["ft"] = Metric(s);
        metrics["response"] = response;
        metrics["reaction"] = reaction;
    });

    public static bool Close(HistoryState s) => Change(s, IsOpenLivechat, room =>
    {
        var duration = s.Random.Next(1, 3 * 3_600_000);
        var closedAt = room["ts"].ToUniversalTime().AddMilliseconds(duration);
        room.Remove("open");
        room["closedAt"] = closedAt;
        room["closedBy"] = new BsonDocument { ["_id"] = "agent", ["username"] = "agent", ["type"] = "user" };
        Metrics(room)["chatDuration"] = duration % 1000 == 0 ? new BsonInt32(duration / 1000) : new BsonDouble(duration / 1000.0);
    });

    // A reopened room keeps its old chatDuration until it closes again.
    public static bool Reopen(HistoryState s) => Change(s, r => r["t"] == "l" && !r.Contains("open"), room =>
    {
        room["open"] = true;
        room.Remove("closedAt");
        room.Remove("closedBy");
    });

    public static bool Transfer(HistoryState s) => s.LiveDepartments.Count > 0 &&
        Change(s, r => r["t"] == "l", room => room["departmentId"] = s.Pick(s.LiveDepartments));

    public static bool RemoveDepartment(HistoryState s)
    {
        if (s.LiveDepartments.Count == 0)
            return false;
        var department = s.Pick(s.LiveDepartments);
        s.LiveDepartments.Remove(department);
        foreach (var id in s.LiveRoomsWhere(r => r.GetValue("departmentId", BsonNull.Value) == department).ToList())
        {
            var room = s.Room(id);
            room.Remove("departmentId");
            s.Log.Put(Collections.Rooms, room);
        }
        return true;
    }

    // Rocket.Chat removes a room's messages with it.
    public static bool Delete(HistoryState s)
    {
        if (s.LiveRooms.Count == 0)
            return false;
        var id = s.Pick(s.LiveRooms);
        foreach (var message in s.LiveMessages[id])
            s.Log.Delete(Collections.Messages, message);
        s.LiveMessages.Remove(id);
        s.LiveRooms.Remove(id);
        s.Log.Delete(Collections.Rooms, id);
        return true;
    }

    private static bool IsOpenLivechat(BsonDocument room) => room["t"] == "l" && room.Contains("open");

    // Some rooms start without metrics (OverviewSteps); the first change that writes one creates the object.
    private static BsonDocument Metrics(BsonDocument room)
    {
        if (room.GetValue("metrics", BsonNull.Value) is not BsonDocument metrics)
            room["metrics"] = metrics = [];
        return metrics;
    }

    // Mostly a real value; sometimes 0 or null, which the charts must leave out.
    private static BsonValue Metric(HistoryState s) =>
        s.Random.Next(10) switch { 0 => new BsonDouble(0), 1 => BsonNull.Value, _ => Moments.Seconds(s.Random) };

    private static bool Change(HistoryState s, Func<BsonDocument, bool> applies, Action<BsonDocument> change)
    {
        var candidates = s.LiveRoomsWhere(applies).ToList();
        if (candidates.Count == 0)
            return false;
        var room = s.Room(s.Pick(candidates));
        change(room);
        OverviewSteps.Changed(s, room);
        s.Log.Put(Collections.Rooms, room);
        return true;
    }
}
