using MongoDB.Bson;

namespace OmniCharts.ExportGenerator.Generation;

/// <summary>Builds one Omnichannel room and its messages, with metrics derived from the conversation.</summary>
public sealed class LivechatRooms(Dice dice, Workspace workspace, IReadOnlyList<Department> departments, int messagesPerRoom)
{
    private readonly double[] _volumes = [.. departments.Select(d => d.Volume)];
    private int _visitors;

    /// <summary>A room started at <paramref name="ts"/>; recent rooms are more often still open.</summary>
    public (BsonDocument Room, List<BsonDocument> Messages) Create(DateTime ts, bool recent)
    {
        var department = departments.Count == 0 || dice.Chance(0.08) ? null : departments[dice.Weighted(_volumes)];
        var open = dice.Chance(recent ? 0.5 : 0.015);
        var answered = dice.Chance(0.95);
        var budget = messagesPerRoom <= 0 ? 0 : dice.Between(Math.Max(1, messagesPerRoom / 2), messagesPerRoom * 3 / 2 + 1);
        var conversation = Conversation.Draw(dice, budget, answered, open, department?.Slowness ?? 1);

        var number = ++_visitors;
        var visitor = new Person(dice.MeteorId(), $"guest-{number}", $"Visitor {number}");
        var token = dice.MeteorId();
        var agent = dice.Pick(workspace.Agents);
        var room = new BsonDocument { ["_id"] = dice.MeteorId(), ["fname"] = visitor.Name, ["t"] = "l", ["ts"] = ts };
        if (department is not null)
            room["departmentId"] = department.Id;
        room["v"] = new BsonDocument { ["_id"] = visitor.Id, ["username"] = visitor.Username, ["token"] = token, ["status"] = "online" };
        room["source"] = new BsonDocument { ["type"] = "widget" };
        room["cl"] = false;
        if (open)
            room["open"] = true;

        var messages = new RoomMessages(dice, room["_id"].AsString, ts, visitor, token, agent).Write(conversation);
        room["msgs"] = messages.Count(m => !m.Contains("_hidden"));
        room["usersCount"] = conversation.Answered ? 2 : 1;
        if (messages.Count > 0)
            room["lm"] = messages.Max(m => m["ts"].ToUniversalTime());
        if (conversation.Answered)
            room["servedBy"] = new BsonDocument { ["_id"] = agent.Id, ["username"] = agent.Username, ["ts"] = ts.AddMilliseconds(Offset(conversation, "uj")) };
        room["metrics"] = RoomMetrics.From(conversation, ts);
        // The agent who answered first (Rocket.Chat's responseBy); held rooms are some of the open ones. Both are derived
        // without new dice, so the rest of an export is the same as before they existed.
        if (conversation.Answered && room["metrics"].AsBsonDocument.GetValue("response", BsonNull.Value) is BsonDocument response)
            room["responseBy"] = new BsonDocument { ["_id"] = agent.Id, ["username"] = agent.Username, ["firstResponseTs"] = response["fd"] };
        if (open && conversation.Answered && IsHeld(room["_id"].AsString))
            room["onHold"] = true;
        var updated = ts.AddMilliseconds(conversation.DurationMs + dice.Between(5, 2_000));
        if (!open)
        {
            var byAgent = conversation.Answered && dice.Chance(0.8);
            room["closedAt"] = ts.AddMilliseconds(conversation.DurationMs);
            room["closedBy"] = byAgent
                ? new BsonDocument { ["_id"] = agent.Id, ["username"] = agent.Username, ["type"] = "user" }
                : new BsonDocument { ["_id"] = visitor.Id, ["username"] = visitor.Username, ["type"] = "visitor" };
            room["closer"] = byAgent ? "user" : "visitor";
        }
        room["_updatedAt"] = updated;
        return (room, messages);
    }

    // About one open room in five: Meteor ids draw their first character from 55 letters and digits.
    private static bool IsHeld(string roomId) => roomId[0] is >= 'A' and <= 'L';

    private static long Offset(Conversation conversation, string kind) =>
        conversation.Turns.FirstOrDefault(t => t.Kind == kind)?.OffsetMs ?? 0;
}
