using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Webhooks;

namespace OmniCharts.IntegrationTests.Ingestor.Service;

/// <summary>Rocket.Chat's rooms and messages in memory, standing in for MongoDB (none can run here); counts and can hold fetches.</summary>
internal sealed class InMemoryRoomSource : IRoomSource
{
    private readonly ConcurrentDictionary<string, BsonDocument> _rooms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<BsonDocument>> _messages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _fetches = new(StringComparer.Ordinal);

    /// <summary>Every fetch waits for this before reading; completed unless a test holds it.</summary>
    public TaskCompletionSource Gate { get; set; } = Completed();

    /// <summary>A room whose fetch fails as MongoDB does when it goes away.</summary>
    public string? Unreachable { get; set; }

    public void Add(BsonDocument room, IEnumerable<BsonDocument> messages)
    {
        _rooms[room["_id"].AsString] = room;
        _messages[room["_id"].AsString] = [.. messages];
    }

    public int Fetches(string roomId) => _fetches.GetValueOrDefault(roomId);

    public async Task<BsonDocument?> FindRoomAsync(string roomId, CancellationToken cancellationToken)
    {
        _fetches.AddOrUpdate(roomId, 1, (_, count) => count + 1);
        await Gate.Task.WaitAsync(cancellationToken);
        if (roomId == Unreachable)
            throw new MongoClientException("the server went away");
        return _rooms.TryGetValue(roomId, out var room) && room.GetValue("t", BsonNull.Value) == "l" ? room : null;
    }

    public async IAsyncEnumerable<BsonDocument> MessagesAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var message in _messages.GetValueOrDefault(roomId) ?? [])
            yield return message;
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
