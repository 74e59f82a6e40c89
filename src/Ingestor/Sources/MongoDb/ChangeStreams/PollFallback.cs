using System.Globalization;
using Microsoft.Extensions.Logging;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>
/// One poll of the five collections by <c>_updatedAt</c>: the work of Polling mode and of the catch-up after a
/// lost stream. A collection without a poll checkpoint starts at the change stream's safe point, or at now minus
/// the clock-skew margin: like a new change stream, the live tail follows from now, and history is the backfill's.
/// </summary>
public sealed class PollFallback(
    IUpdatedSincePages pages, SourceCheckpoints checkpoints, KnownTeamRooms teamRooms, ILivePublishers publishers, IngestionStatus status,
    LiveOptions options, TimeProvider clock, ILogger<PollFallback> logger) : IDisposable
{
    // The poll job and a catch-up may overlap; one poll at a time keeps the checkpoints moving forward.
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Polls every collection; with <paramref name="rewindToMs"/>, first moves each poll checkpoint back to that time.</summary>
    public async Task RunAsync(long? rewindToMs, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            await PollAllAsync(rewindToMs, cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _one.Dispose();

    private async Task PollAllAsync(long? rewindToMs, CancellationToken cancellationToken)
    {
        var seed = rewindToMs ?? await SafePointAsync();
        var poller = new UpdatedSincePoller(pages, checkpoints, teamRooms, options.PollPageSize);
        using var publisher = publishers.Create();
        foreach (var collection in Enum.GetValues<RocketChatCollection>())
        {
            var name = UpdatedSincePoller.CheckpointName(collection);
            if (rewindToMs is not null || await checkpoints.ReadAsync(name) is null)
                // An empty id sorts before every id, so documents of that very millisecond are read too.
                await checkpoints.WriteAsync(name, new PollPosition(seed, "").ToString());
            var counts = await poller.PollAsync(collection, publisher, cancellationToken);
            foreach (var rejected in counts.Rejected)
                logger.LogWarning("Poll rejected {Document}", rejected);
            if (counts.Read > 0 && await checkpoints.ReadAsync(name) is { } stored)
                status.Confirmed(name, stored, DateTimeOffset.FromUnixTimeMilliseconds(PollPosition.Parse(stored).UpdatedAt), counts.Published);
        }
    }

    /// <summary>The change stream's last change minus the margin, or now minus the margin before any stream ran.</summary>
    public async Task<long> SafePointAsync()
    {
        var margin = (long)options.ClockSkewMargin.TotalMilliseconds;
        return await checkpoints.ReadAsync(StreamCheckpoint.Source) is { } stored
            ? StreamCheckpoint.Parse(stored).LastChangeMs - margin
            : clock.GetUtcNow().ToUnixTimeMilliseconds() - margin;
    }

    internal static string Describe(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("u", CultureInfo.InvariantCulture);
}
