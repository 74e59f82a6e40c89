using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>
/// A closed Omnichannel conversation written at once, as an import tool or an old Rocket.Chat left it: the room
/// and its messages, which happened in the 40 minutes before; unversioned, none has <c>_updatedAt</c>.
/// Its messages are <c>{Target}.m0</c>, <c>{Target}.m1</c>, … so that later operations can edit them.
/// </summary>
internal static class ImportMoves
{
    public static void ImportClosedConversation(PlayContext c)
    {
        if (c.Agents() is not { Count: > 0 } agents || c.Room(c.Op.Target) is not null)
            return;
        var agent = c.Pick(agents);
        var versioned = !c.Op.Unversioned;
        var closedAt = Math.Max(c.Db.Wanted, c.Db.Clock) - 1000;
        var ts = closedAt - c.Dice.Next(120_000, 2_400_000);
        var taken = ts + c.Dice.Next(2_000, 120_000);
        var answered = taken + c.Dice.Next(1_000, 300_000);
        var messages = c.Dice.Next(3, 9);
        var room = ImportedRoom.Build(c, agent, ts, taken, answered, closedAt, messages);
        var rid = c.Id(c.Op.Target);
        c.Db.Insert(Collections.Rooms, rid, _ => room, versioned);
        var author = MessageDocuments.Author(agent);
        var visitor = MessageDocuments.Visitor(room);
        var token = room["v"]["token"].AsString;
        for (var i = 0; i < messages; i++)
        {
            var at = ts + (closedAt - ts) * i / messages;
            var message = i switch
            {
                0 => MessageDocuments.System("livechat-started", rid, "", at, visitor, token),
                _ when i == messages - 1 => MessageDocuments.System("livechat-close", rid, "", closedAt, author),
                _ when i % 2 == 1 => MessageDocuments.Typed(rid, MessageDocuments.Text(c.Dice), at, visitor, token),
                _ => MessageDocuments.Typed(rid, MessageDocuments.Text(c.Dice), at, author),
            };
            c.Db.Insert(Collections.Messages, c.Id($"{c.Op.Target}.m{i}"), _ => message, versioned);
        }
    }
}
