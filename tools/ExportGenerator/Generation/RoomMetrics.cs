using MongoDB.Bson;

namespace OmniCharts.ExportGenerator.Generation;

/// <summary>A room's <c>metrics</c> as Rocket.Chat 7.x keeps them, derived from its conversation.</summary>
public static class RoomMetrics
{
    /// <summary>
    /// <c>reaction</c> (agent joined), <c>response</c> (agent answers to visitor messages), <c>v.lq</c>,
    /// <c>servedBy.lr</c>, and for a closed room <c>chatDuration</c> and <c>serviceTimeDuration</c>.
    /// </summary>
    public static BsonDocument From(Conversation conversation, DateTime ts)
    {
        var metrics = new BsonDocument();
        var turns = conversation.Turns;
        var lastVisitor = turns.LastOrDefault(t => t.Kind == Turn.Visitor);
        metrics["v"] = new BsonDocument("lq", ts.AddMilliseconds(lastVisitor?.OffsetMs ?? 0));
        var joined = turns.FirstOrDefault(t => t.Kind == "uj");
        if (joined is not null)
        {
            metrics["reaction"] = new BsonDocument
            {
                ["fd"] = ts.AddMilliseconds(joined.OffsetMs), ["ft"] = Seconds(joined.OffsetMs), ["tt"] = Seconds(joined.OffsetMs),
            };
        }
        var gaps = ResponseGaps(turns);
        if (gaps.Count > 0)
        {
            var firstReply = turns.First(t => t.Kind == Turn.Agent).OffsetMs;
            metrics["response"] = new BsonDocument
            {
                ["avg"] = Seconds((long)Math.Round(gaps.Average())),
                ["fd"] = ts.AddMilliseconds(firstReply),
                ["ft"] = Seconds(gaps[0]),
                ["total"] = gaps.Count,
                ["tt"] = Seconds(gaps.Sum()),
            };
            metrics["servedBy"] = new BsonDocument("lr", ts.AddMilliseconds(turns.Last(t => t.Kind == Turn.Agent).OffsetMs));
        }
        if (!conversation.Open)
        {
            metrics["chatDuration"] = Seconds(conversation.DurationMs);
            metrics["serviceTimeDuration"] = Seconds(conversation.DurationMs - (joined?.OffsetMs ?? 0));
        }
        return metrics;
    }

    // The time from the visitor's message to the agent's next one; an agent's follow-up is no response.
    private static List<long> ResponseGaps(IReadOnlyList<Turn> turns)
    {
        var gaps = new List<long>();
        long? waitingSince = null;
        foreach (var turn in turns)
        {
            if (turn.Kind == Turn.Visitor)
                waitingSince ??= turn.OffsetMs;
            else if (turn.Kind == Turn.Agent && waitingSince is { } since)
            {
                gaps.Add(turn.OffsetMs - since);
                waitingSince = null;
            }
        }
        return gaps;
    }

    // The MongoDB driver stores an integral JS number as an int32: whole seconds come out without a fraction.
    private static BsonValue Seconds(long milliseconds) =>
        milliseconds % 1000 == 0 ? new BsonInt32((int)(milliseconds / 1000)) : new BsonDouble(milliseconds / 1000.0);
}
