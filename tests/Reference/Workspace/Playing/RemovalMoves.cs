using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Whole rooms and departments going away.</summary>
internal static class RemovalMoves
{
    // Rocket.Chat's deleteRoom removes the messages (one delete each), then the room.
    public static void DeleteRoom(PlayContext c)
    {
        if (c.Room(c.Op.Target) is not { } room)
            return;
        var rid = room["_id"].AsString;
        foreach (var message in c.Db.MessagesOf(rid).ToList())
            c.Db.Delete(Collections.Messages, message);
        c.Pause();
        c.Db.Delete(Collections.Rooms, rid);
    }

    // One updateMany: every room of the department loses departmentId at the same _updatedAt.
    public static void RemoveDepartment(PlayContext c)
    {
        if (c.LiveDepartment(c.Op.Target) is not { } department)
            return;
        c.RemovedDepartments.Add(c.Op.Target);
        var rooms = c.Db.All(Collections.Rooms).Where(r => BsonPaths.String(r, "departmentId") == department).Select(r => r["_id"].AsString).ToList();
        c.Db.UpdateMany(Collections.Rooms, rooms, (_, _) => new DocumentUpdate().Unset("departmentId"));
    }
}
