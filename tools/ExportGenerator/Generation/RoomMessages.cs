using MongoDB.Bson;

namespace OmniCharts.ExportGenerator.Generation;

/// <summary>The <c>rocketchat_message</c> documents of one Omnichannel room's conversation.</summary>
public sealed class RoomMessages(Dice dice, string rid, DateTime ts, Person visitor, string token, Person agent)
{
    /// <summary>One document per turn, plus a hidden copy (<c>_hidden</c>, <c>parent</c>) after each edited one.</summary>
    public List<BsonDocument> Write(Conversation conversation)
    {
        var messages = new List<BsonDocument>(conversation.Turns.Count + 2);
        foreach (var turn in conversation.Turns)
        {
            var at = ts.AddMilliseconds(turn.OffsetMs);
            var message = turn.Kind switch
            {
                Turn.Visitor => Message(at, dice.Pick(Texts.Visitor), visitor),
                Turn.Agent => Message(at, dice.Pick(Texts.Agent), agent),
                "uj" => System(at, "uj", agent.Username, agent),
                "command" => System(at, "command", "promptTranscript", visitor),
                "livechat-close" => System(at, "livechat-close", "Closed", conversation.Answered ? agent : visitor),
                _ => System(at, turn.Kind, "", visitor),
            };
            if (turn.Kind == Turn.Visitor)
                message["token"] = token;
            messages.Add(message);
            if (turn.Edited)
                messages.Add(Edit(message));
        }
        return messages;
    }

    // Editing keeps the old text in a hidden copy with a new id; the original gets the new text.
    private BsonDocument Edit(BsonDocument original)
    {
        var editedAt = original["ts"].ToUniversalTime().AddMilliseconds(dice.Between(2_000, 60_000));
        var copy = original.DeepClone().AsBsonDocument;
        copy["_id"] = dice.MeteorId();
        copy["_hidden"] = true;
        copy["parent"] = original["_id"];
        copy["_updatedAt"] = editedAt;
        original["msg"] = original["msg"].AsString + " (edited)";
        original["editedAt"] = editedAt;
        original["editedBy"] = new BsonDocument { ["_id"] = agent.Id, ["username"] = agent.Username };
        original["_updatedAt"] = editedAt;
        return copy;
    }

    private BsonDocument Message(DateTime at, string text, Person author) => new()
    {
        ["_id"] = dice.MeteorId(),
        ["rid"] = rid,
        ["msg"] = text,
        ["ts"] = at,
        ["u"] = new BsonDocument { ["_id"] = author.Id, ["username"] = author.Username, ["name"] = author.Name },
        ["_updatedAt"] = at,
    };

    private BsonDocument System(DateTime at, string type, string text, Person author)
    {
        var message = Message(at, text, author);
        message["t"] = type;
        message["groupable"] = false;
        return message;
    }
}
