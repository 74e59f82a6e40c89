using System.Collections.Concurrent;
using System.Threading.Channels;
using MongoDB.Bson;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

/// <summary>
/// The change-stream seam fed from memory: each open is recorded (with what it resumed after, and its place in
/// <see cref="Sequence"/>), may be scripted to fail, and yields the batches the test pushes.
/// </summary>
internal sealed class ScriptedChangeStream(Sequence sequence) : IChangeStreamSource
{
    private readonly ConcurrentQueue<Exception> _failures = new();
    private readonly Channel<Batches> _opened = Channel.CreateUnbounded<Batches>();

    /// <summary>Every open: the token it resumed after (null: at now) and when, in the shared sequence.</summary>
    public ConcurrentQueue<(BsonDocument? ResumeAfter, int At)> Opens { get; } = new();

    /// <summary>The next opens throw these, in order; later ones succeed.</summary>
    public void FailNextOpens(params Exception[] errors)
    {
        foreach (var error in errors)
            _failures.Enqueue(error);
    }

    /// <summary>Waits for the next successful open and returns its stream.</summary>
    public async Task<Batches> NextOpenedAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _opened.Reader.ReadAsync(deadline.Token);
    }

    public Task<IChangeBatches> OpenAsync(BsonDocument? resumeAfter, CancellationToken cancellationToken)
    {
        Opens.Enqueue((resumeAfter, sequence.Next()));
        if (_failures.TryDequeue(out var error))
            throw error;
        var batches = new Batches();
        _opened.Writer.TryWrite(batches);
        return Task.FromResult<IChangeBatches>(batches);
    }

    /// <summary>One open stream: <see cref="Push"/> hands the tail its next batch.</summary>
    internal sealed class Batches : IChangeBatches
    {
        private readonly Channel<ChangeBatch> _batches = Channel.CreateUnbounded<ChangeBatch>();

        public void Push(ChangeBatch batch) => _batches.Writer.TryWrite(batch);

        public async Task<ChangeBatch> NextAsync(CancellationToken cancellationToken) =>
            await _batches.Reader.ReadAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
