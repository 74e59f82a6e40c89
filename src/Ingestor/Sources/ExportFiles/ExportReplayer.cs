using OmniCharts.Contracts;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Publishing;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>
/// Reads the export files in replay order, maps each document and publishes what the charts need. Every room is
/// published (one small event for a room that is not Omnichannel) and every message whose room is not known here to
/// be team chat: whether a message counts is the Projector's decision, from the room it holds, so it never depends
/// on which folder the room came in (an incremental export holds messages whose rooms came in an earlier one).
/// </summary>
public sealed class ExportReplayer(EventPublisher publisher, StatusLine status)
{
    // Rooms of this replay's room file that are not Omnichannel: their messages would only be dropped by the Projector.
    private readonly HashSet<string> _teamRooms = new(StringComparer.Ordinal);
    private volatile ReplayCounters? _current;

    /// <summary>Replays every export file of <paramref name="directory"/>; returns the totals.</summary>
    public async Task<ReplayCounters> ReplayAsync(string directory, CancellationToken cancellationToken)
    {
        var total = new ReplayCounters("total");
        foreach (var file in ExportFile.InReplayOrder)
        {
            var path = Path.Combine(directory, file.FileName);
            if (!File.Exists(path))
            {
                status.Complete($"{file.FileName}: absent");
                continue;
            }

            var counters = new ReplayCounters(file.FileName) { Expected = ExportFile.CountLines(path) };
            _current = counters;
            await foreach (var record in ExportFileReader.ReadAsync(path, cancellationToken))
            {
                counters.CountRead();
                await HandleAsync(file.Collection, record, counters, cancellationToken);
                status.Update(() => counters.Describe(final: false));
            }

            await publisher.FlushAsync(cancellationToken);
            status.Complete(counters.Describe(final: true));
            total.Add(counters);
        }

        return total;
    }

    /// <summary>The progress line of the file being read; safe from any thread.</summary>
    public string Describe() => _current?.Describe(final: false) ?? "starting";

    private async Task HandleAsync(RocketChatCollection collection, ExportRecord record, ReplayCounters counters, CancellationToken cancellationToken)
    {
        var outcome = record.Document is null ? DocumentOutcome.Reject(record.Error!) : DocumentMapper.Map(collection, record.Document);
        if (outcome is { Kind: OutcomeKind.Publish, Event: MessageChanged message } && _teamRooms.Contains(message.RoomId))
            outcome = DocumentOutcome.Skip("a message of a room that is not Omnichannel");

        switch (outcome.Kind)
        {
            case OutcomeKind.Reject:
                counters.CountRejected();
                status.Error($"{record.Location}: {outcome.Reason}");
                break;
            case OutcomeKind.Skip:
                counters.CountSkipped();
                break;
            default:
                if (outcome.Event is RoomChanged { RoomType: not RoomMapping.Omnichannel } room)
                    _teamRooms.Add(room.RoomId);
                if (outcome.Unversioned)
                    counters.CountUnversioned();
                await publisher.PublishAsync(outcome.Event!, counters.CountPublished, cancellationToken);
                break;
        }
    }
}
