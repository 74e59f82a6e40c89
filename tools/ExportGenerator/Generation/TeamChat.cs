using MongoDB.Bson;

namespace OmniCharts.ExportGenerator.Generation;

/// <summary>
/// The workspace's team chat at scale (<c>--team-rooms</c>, <c>--team-share</c>): channels, private groups and DMs,
/// and enough messages in them that team chat is the given share of all messages, day by day. Every choice comes from
/// a <see cref="Dice"/> of its own, so adding team chat never changes a line of the rest of the export.
/// </summary>
public sealed class TeamChat
{
    // Salt of the team-chat stream: any value other than 0 keeps it apart from the export's own stream.
    private const int StreamSalt = 0x7EA3C4A7;

    private readonly Dice _dice;
    private readonly Workspace _workspace;
    private readonly double _ratio;
    private readonly List<string> _roomIds = [];
    private readonly List<BsonDocument> _rooms = [];
    private long _omnichannelMessages;
    private long _teamMessages;

    /// <summary>Team chat for an export of <paramref name="seed"/>: <paramref name="rooms"/> rooms created at <paramref name="createdAt"/>, beside <paramref name="baseRoomIds"/>.</summary>
    public TeamChat(int seed, int rooms, double share, Workspace workspace, DateTime createdAt, IEnumerable<string> baseRoomIds)
    {
        _dice = new Dice(seed ^ StreamSalt);
        _workspace = workspace;
        _ratio = share / (1 - share);
        for (var i = 0; i < rooms; i++)
            _rooms.Add(Room(i, createdAt));
        // The busiest rooms first: the extra rooms, then the five base ones (picked with a skew, see MessagesOn).
        _roomIds.AddRange(_rooms.Select(r => r["_id"].AsString));
        _roomIds.AddRange(baseRoomIds);
    }

    /// <summary>The extra room documents: four in ten channels (<c>c</c>), two private groups (<c>p</c>), four DMs (<c>d</c>).</summary>
    public IReadOnlyList<BsonDocument> Rooms => _rooms;

    /// <summary>How many team-chat messages this has written so far.</summary>
    public long Messages { get; private set; }

    /// <summary>
    /// Counts the day's messages so far (<paramref name="omnichannel"/> in Omnichannel rooms, <paramref name="team"/>
    /// in the base team rooms), then the extra team-chat messages of <paramref name="day"/> that bring team chat to its
    /// share of all messages written up to the end of that day.
    /// </summary>
    public IEnumerable<BsonDocument> MessagesOn(DateOnly day, long omnichannel, long team)
    {
        _omnichannelMessages += omnichannel;
        _teamMessages += team;
        var target = (long)Math.Round(_ratio * _omnichannelMessages);
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        for (; _teamMessages < target && _roomIds.Count > 0; _teamMessages++)
        {
            Messages++;
            yield return Message(midnight.AddMilliseconds(_dice.Between(0, 86_400_000)));
        }
    }

    private BsonDocument Room(int index, DateTime createdAt)
    {
        var roll = _dice.Between(0, 10);
        var type = roll < 4 ? "c" : roll < 6 ? "p" : "d";
        var room = new BsonDocument { ["_id"] = _dice.MeteorId(), ["t"] = type, ["ts"] = createdAt, ["msgs"] = 0 };
        if (type == "d")
        {
            var a = _dice.Pick(_workspace.Agents);
            var b = _dice.Pick(_workspace.Agents);
            room["usernames"] = new BsonArray { a.Username, b.Username };
            room["usersCount"] = 2;
        }
        else
        {
            room["name"] = room["fname"] = $"{(type == "c" ? "team" : "private")}-{index + 1}";
            room["usersCount"] = _dice.Between(2, 200);
        }
        room["_updatedAt"] = createdAt;
        return room;
    }

    // A message in a room drawn with a skew towards the first ones (a few busy channels, many quiet rooms); one in
    // twenty is a join message, one in ten a thread reply.
    private BsonDocument Message(DateTime at)
    {
        var u = _dice.Unit();
        var author = _dice.Pick(_workspace.Agents);
        var message = new BsonDocument
        {
            ["_id"] = _dice.MeteorId(),
            ["rid"] = _roomIds[(int)(u * u * _roomIds.Count)],
            ["msg"] = _dice.Pick(Texts.Agent),
            ["ts"] = at,
            ["u"] = new BsonDocument { ["_id"] = author.Id, ["username"] = author.Username, ["name"] = author.Name },
            ["_updatedAt"] = at,
        };
        var kind = _dice.Between(0, 20);
        if (kind == 0)
            message["t"] = "uj";
        else if (kind <= 2)
            message["tmid"] = _dice.MeteorId();
        return message;
    }
}
