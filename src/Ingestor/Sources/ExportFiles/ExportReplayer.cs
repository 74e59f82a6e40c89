using OmniCharts.Contracts;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Publishing;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>Reads the export files in replay order, maps each document and publishes what the charts need.</summary>
public sealed class ExportReplayer(EventPublisher publisher, StatusLine status)
{
    // Null until the rooms file is read: without it, every message is published.
    private HashSet<string>? _omnichannelRooms;

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

            if (file.Collection == RocketChatCollection.Rooms)
                _omnichannelRooms = [];
            var counters = new ReplayCounters(file.FileName);
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

    private async Task HandleAsync(RocketChatCollection collection, ExportRecord record, ReplayCounters counters, CancellationToken cancellationToken)
    {
        var outcome = record.Document is null ? DocumentOutcome.Reject(record.Error!) : DocumentMapper.Map(collection, record.Document);
        if (outcome.Kind == OutcomeKind.Publish && outcome.Event is MessageChanged message && _omnichannelRooms?.Contains(message.RoomId) == false)
            outcome = DocumentOutcome.Skip("not a message of an Omnichannel room");

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
                if (outcome.Event is RoomChanged room)
                    _omnichannelRooms?.Add(room.RoomId);
                await publisher.PublishAsync(outcome.Event!, counters.CountPublished, cancellationToken);
                break;
        }
    }
}
