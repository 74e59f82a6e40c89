using MongoDB.Bson;

namespace OmniCharts.ExportGenerator.Generation;

/// <summary>A few channels and direct rooms with some chatter: rooms the charts must ignore.</summary>
public sealed class TeamRooms(Dice dice, Workspace workspace, DateTime createdAt)
{
    private readonly List<BsonDocument> _rooms = [];

    /// <summary>The channel and direct-message room documents.</summary>
    public IReadOnlyList<BsonDocument> Rooms()
    {
        if (_rooms.Count > 0)
            return _rooms;
        foreach (var (type, name) in new[] { ("c", "general"), ("c", "support-team"), ("p", "managers"), ("d", ""), ("d", "") })
        {
            var room = new BsonDocument { ["_id"] = dice.MeteorId(), ["t"] = type, ["ts"] = createdAt, ["msgs"] = 0, ["usersCount"] = 2 };
            if (name.Length > 0)
                room["name"] = room["fname"] = name;
            room["_updatedAt"] = createdAt;
            _rooms.Add(room);
        }
        return _rooms;
    }

    /// <summary>A handful of messages on <paramref name="day"/>, some by agents, one in ten a join message.</summary>
    public IEnumerable<BsonDocument> MessagesOn(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        for (var count = dice.Between(0, 4); count > 0; count--)
        {
            var at = midnight.AddMilliseconds(dice.Between(0, 86_400_000));
            var author = dice.Pick(workspace.Agents);
            var message = new BsonDocument
            {
                ["_id"] = dice.MeteorId(),
                ["rid"] = dice.Pick(Rooms())["_id"],
                ["msg"] = dice.Pick(Texts.Agent),
                ["ts"] = at,
                ["u"] = new BsonDocument { ["_id"] = author.Id, ["username"] = author.Username, ["name"] = author.Name },
                ["_updatedAt"] = at,
            };
            if (dice.Chance(0.1))
                message["t"] = "uj";
            yield return message;
        }
    }
}
