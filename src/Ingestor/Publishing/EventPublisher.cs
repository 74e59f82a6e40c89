using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Runs;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Ingestor.Publishing;

/// <summary>
/// Publishes events with the run headers (the run id and each event's number in the run, <see cref="RunSequence"/>),
/// keeping up to <c>window</c> publishes awaiting their broker confirmation at once: one at a time would wait a round trip per event. With an envelope size above 1,
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

    /// <summary>How long a publish may wait for its confirmation before it is published again (<c>Ingestor:PublishTimeout</c>).</summary>
    public static readonly TimeSpan DefaultPublishTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How often one message is published before the publisher gives up: 20 tries of 30 s are ten minutes.</summary>
    public const int MaxTries = 20;

    private readonly IPublishEndpoint _endpoint;
    private readonly RunSequence _run;
    private readonly string? _targetGeneration;
    private readonly SemaphoreSlim _slots;
    private readonly int _window;
    private readonly Lock _gate = new();
    private readonly EnvelopeBuffer<RoomChanged>? _rooms;
    private readonly EnvelopeBuffer<MessageChanged>? _messages;
    private Exception? _failure;

    /// <summary>Creates a publisher that numbers its events in a run of its own, <paramref name="runId"/>.</summary>
    /// <param name="endpoint">Where to publish.</param>
    /// <param name="runId">The run header's value.</param>
    /// <param name="window">Publishes awaiting their confirmation at once.</param>
    /// <param name="envelopeSize">Events per envelope; 1 (the default) publishes every event alone.</param>
    /// <param name="targetGeneration">A rebuild's generation: its events reach only it (<see cref="StateField.TargetHeader"/>).</param>
    public EventPublisher(IPublishEndpoint endpoint, string runId, int window = DefaultWindow, int envelopeSize = 1, string? targetGeneration = null)
        : this(endpoint, new RunSequence(runId), window, envelopeSize, targetGeneration)
    {
    }

    /// <summary>Creates a publisher that numbers its events in <paramref name="run"/>, which other publishers may share.</summary>
    /// <param name="endpoint">Where to publish.</param>
    /// <param name="run">The run: its id and the numbers it gives out.</param>
    /// <param name="window">Publishes awaiting their confirmation at once.</param>
    /// <param name="envelopeSize">Events per envelope; 1 (the default) publishes every event alone.</param>
    /// <param name="targetGeneration">A rebuild's generation: its events reach only it (<see cref="StateField.TargetHeader"/>).</param>
    public EventPublisher(IPublishEndpoint endpoint, RunSequence run, int window = DefaultWindow, int envelopeSize = 1, string? targetGeneration = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(envelopeSize);
        _endpoint = endpoint;
        _run = run;
        _window = window;
        _slots = new SemaphoreSlim(window, window);
        _targetGeneration = targetGeneration;
        if (envelopeSize > 1)
        {
            _rooms = new EnvelopeBuffer<RoomChanged>(envelopeSize, events => new RoomChangedEnvelope(events));
            _messages = new EnvelopeBuffer<MessageChanged>(envelopeSize, events => new MessageChangedEnvelope(events));
        }
    }

    /// <summary>
    /// How long one try of a publish may wait for the broker's confirmation. MassTransit retries a publish across a lost
    /// connection by itself, but RabbitMQ.Client can leave one waiting forever for a confirmation lost in a broker
    /// restart (rabbitmq-dotnet-client #1928); such a publish is tried again, with the same run numbers, so the
    /// Projector counts its events once even if both copies arrive.
    /// </summary>
    public TimeSpan PublishTimeout { get; init; } = DefaultPublishTimeout;

    /// <summary>Starts publishing <paramref name="event"/> once a slot is free; <paramref name="confirmed"/> runs when the broker confirmed it.</summary>
    public async Task PublishAsync(object @event, Action confirmed, CancellationToken cancellationToken)
    {
        ThrowIfFailed();
        (object Envelope, int Count, Action Confirmed)? full;
        lock (_gate)
        {
            full = @event switch
            {
                RoomChanged room when _rooms is not null => _rooms.Add(room, confirmed),
                MessageChanged message when _messages is not null => _messages.Add(message, confirmed),
                _ => (@event, 1, confirmed),
            };
        }

        if (full is { } publish)
            await StartAsync(publish.Envelope, publish.Count, publish.Confirmed, cancellationToken);
    }

    /// <summary>Publishes what waits in partial envelopes, then waits until every started publish is confirmed; throws the first failure.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        (object Envelope, int Count, Action Confirmed)? rooms, messages;
        lock (_gate)
        {
            rooms = _rooms?.Take();
            messages = _messages?.Take();
        }

        foreach (var partial in new[] { rooms, messages })
        {
            if (partial is { } publish)
                await StartAsync(publish.Envelope, publish.Count, publish.Confirmed, cancellationToken);
        }

        for (var i = 0; i < _window; i++)
            await _slots.WaitAsync(cancellationToken);
        _slots.Release(_window);
        ThrowIfFailed();
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private async Task StartAsync(object message, int count, Action confirmed, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        _ = PublishOneAsync(message, RunHeaders(_run.RunId, _run.Take(count), _targetGeneration), confirmed, cancellationToken);
    }

    // Numbered once per message: when MassTransit publishes a message again after a lost connection, it runs this
    // pipe again and the copy carries the same numbers, so the projector counts its events once.
    private static IPipe<PublishContext> RunHeaders(string runId, RunNumbers numbers, string? targetGeneration) =>
        Pipe.Execute<PublishContext>(context =>
        {
            context.Headers.Set(RunField.Header, runId);
            if (targetGeneration is not null)
                context.Headers.Set(StateField.TargetHeader, targetGeneration);
            context.Headers.Set(RunField.SequenceHeader, numbers.First);
            if (numbers.Count != 1)
                context.Headers.Set(RunField.CountHeader, numbers.Count);
        });

    private async Task PublishOneAsync(object message, IPipe<PublishContext> runHeaders, Action confirmed, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(PublishTimeout);
                try
                {
                    // The runtime type picks the exchange: the object overload publishes as message.GetType().
                    await _endpoint.Publish(message, runHeaders, timeout.Token);
                    break;
                }
                catch (Exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested && attempt < MaxTries)
                {
                    // No confirmation in time: publish it again (MassTransit may report the cancellation wrapped).
                }
            }

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
