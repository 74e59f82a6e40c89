using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>
/// Publishes one batch of change events and only then stores its resume token: the token moves after the broker
/// confirmed every event before it, so a crash in between republishes the batch, which the version guard makes harmless.
/// Team chat goes out once per room (<see cref="TeamChatFilter"/>).
/// </summary>
public sealed class BatchForwarder(SourceCheckpoints checkpoints, KnownTeamRooms teamRooms, IngestionStatus status, ILogger<BatchForwarder> logger)
{
    /// <summary>Forwards <paramref name="batch"/>; returns the checkpoint stored after it (or <paramref name="previous"/> when none was).</summary>
    public async Task<StreamCheckpoint> ForwardAsync(
        ChangeBatch batch, StreamCheckpoint previous, LivePublisher publisher, CancellationToken cancellationToken)
    {
        var lastChange = previous.LastChangeMs;
        var published = 0;
        var teamChat = new TeamChatFilter(teamRooms);
        foreach (var changeEvent in batch.Events)
        {
            var outcome = ChangeEventMapper.Map(changeEvent);
            if (outcome.Kind == OutcomeKind.Publish && !teamChat.Admits(outcome.Event!))
                logger.LogTrace("Change event skipped: team chat already known");
            else if (outcome.Kind == OutcomeKind.Publish)
            {
                await publisher.PublishAsync(outcome.Event!, cancellationToken);
                published++;
            }
            else if (outcome.Kind == OutcomeKind.Reject)
                logger.LogWarning("Change event {Id} rejected: {Reason}", changeEvent.GetValue("_id", BsonNull.Value), outcome.Reason);
            else
                logger.LogDebug("Change event skipped: {Reason}", outcome.Reason);
            lastChange = Math.Max(lastChange, StreamCheckpoint.TimeOf(changeEvent) ?? lastChange);
        }
        if (batch.ResumeToken is null || (batch.ResumeToken.Equals(previous.Token) && published == 0))
            return previous;

        await publisher.FlushAsync(cancellationToken);
        teamChat.Confirmed();
        var next = new StreamCheckpoint(batch.ResumeToken, lastChange);
        var text = next.ToString();
        await checkpoints.WriteAsync(StreamCheckpoint.Source, text);
        status.Confirmed(StreamCheckpoint.Source, text, DateTimeOffset.FromUnixTimeMilliseconds(lastChange), published);
        return next;
    }
}
