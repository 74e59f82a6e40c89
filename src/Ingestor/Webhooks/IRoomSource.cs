using MongoDB.Bson;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>The only MongoDB reads a webhook hint needs: one room and its messages, as stored by Rocket.Chat.</summary>
public interface IRoomSource
{
    /// <summary>The Omnichannel room (<c>t: 'l'</c>) <paramref name="roomId"/>, or null when there is none.</summary>
    Task<BsonDocument?> FindRoomAsync(string roomId, CancellationToken cancellationToken);

    /// <summary>Every message of <paramref name="roomId"/>, hidden edit copies included.</summary>
    IAsyncEnumerable<BsonDocument> MessagesAsync(string roomId, CancellationToken cancellationToken);
}
