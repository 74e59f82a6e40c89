using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.Ingestor.Publishing;

/// <summary>
/// Publishes events with the run header, keeping up to <c>window</c> publishes awaiting their broker
/// confirmation at once: one at a time would wait a round trip per event. With an envelope size above 1,
/// <see cref="RoomChanged"/> and <see cref="MessageChanged"/> events travel several per message
/// (<see cref="RoomChangedEnvelope"/>, <see cref="MessageChangedEnvelope"/>), published when an envelope is full or
/// on <see cref="FlushAsync"/>.
/// </summary>
public sealed class EventPublisher : IDisposable
{
    /// <summary>How many publishes may await their confirmation at once (<c>Ingestor:PublishWindow</c>).</summary>
    /// <remarks>
    /// 50,000 messages to loopback RabbitMQ on the 2-core dev box: window 1 → 3.3k/s, 16 → 8.9k/s,
    /// 256 → 11.1k/s, 1024 → 10.5k/s. Past a few hundred the broker, not the window, is the limit.
    /// </remarks>
    public const int DefaultWindow = 256;

    /// <summary>
    /// The envelope size for bulk sources that flush (a replay: <c>Ingestor:EnvelopeSize</c>); measured in
    /// bench/DESIGN-CHANGES-write.md. A live source keeps 1: an event must not wait for others.
    /// </summary>
    public const int BulkEnvelopeSize = 100;

    private readonly IPublishEndpoint _endpoint;
    private readonly IPipe<PublishContext> _runHeader;
    private readonly SemaphoreSlim _slots;
    private readonly int _window;
    private readonly Lock _gate = new();
    private readonly EnvelopeBuffer<RoomChanged>? _rooms;
    private readonly EnvelopeBuffer<MessageChanged>? _messages;
    private Exception? _failure;

    /// <summary>Creates a publisher that stamps every event with <paramref name="runId"/>.</summary>
    /// <param name="endpoint">Where to publish.</param>
    /// <param name="runId">The run header's value.</param>
    /// <param name="window">Publishes awaiting their confirmation at once.</param>
    /// <param name="envelopeSize">Events per envelope; 1 (the default) publishes every event alone.</param>
    /// <param name="targetGeneration">A rebuild's generation: its events reach only it (<see cref="StateField.TargetHeader"/>).</param>
    public EventPublisher(IPublishEndpoint endpoint, string runId, int window = DefaultWindow, int envelopeSize = 1, string? targetGeneration = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(envelopeSize);
        _endpoint = endpoint;
        _window = window;
        _slots = new SemaphoreSlim(window, window);
        _runHeader = Pipe.Execute<PublishContext>(context =>
        {
            context.Headers.Set(RunField.Header, runId);
            if (targetGeneration is not null)
                context.Headers.Set(StateField.TargetHeader, targetGeneration);
        });
        if (envelopeSize > 1)
        {
            _rooms = new EnvelopeBuffer<RoomChanged>(envelopeSize, events => new RoomChangedEnvelope(events));
            _messages = new EnvelopeBuffer<MessageChanged>(envelopeSize, events => new MessageChangedEnvelope(events));
        }
    }

    /// <summary>Starts publishing <paramref name="event"/> once a slot is free; <paramref name="confirmed"/> runs when the broker confirmed it.</summary>
    public async Task PublishAsync(object @event, Action confirmed, CancellationToken cancellationToken)
    {
        ThrowIfFailed();
        (object Envelope, Action Confirmed)? full;
        lock (_gate)
        {
            full = @event switch
            {
                RoomChanged room when _rooms is not null => _rooms.Add(room, confirmed),
                MessageChanged message when _messages is not null => _messages.Add(message, confirmed),
                _ => (@event, confirmed),
            };
        }

        if (full is { } publish)
            await StartAsync(publish.Envelope, publish.Confirmed, cancellationToken);
    }

    /// <summary>Publishes what waits in partial envelopes, then waits until every started publish is confirmed; throws the first failure.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        (object Envelope, Action Confirmed)? rooms, messages;
        lock (_gate)
        {
            rooms = _rooms?.Take();
            messages = _messages?.Take();
        }

        foreach (var partial in new[] { rooms, messages })
        {
            if (partial is { } publish)
                await StartAsync(publish.Envelope, publish.Confirmed, cancellationToken);
        }

        for (var i = 0; i < _window; i++)
            await _slots.WaitAsync(cancellationToken);
        _slots.Release(_window);
        ThrowIfFailed();
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private async Task StartAsync(object message, Action confirmed, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        _ = PublishOneAsync(message, confirmed, cancellationToken);
    }

    private async Task PublishOneAsync(object message, Action confirmed, CancellationToken cancellationToken)
    {
        try
        {
            // The runtime type picks the exchange: the object overload publishes as message.GetType().
            await _endpoint.Publish(message, _runHeader, cancellationToken);
            confirmed();
        }
        catch (Exception error)
        {
            Interlocked.CompareExchange(ref _failure, error, null);
        }
        finally
        {
            _slots.Release();
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
            throw new PublishFailedException(_failure);
    }
}
