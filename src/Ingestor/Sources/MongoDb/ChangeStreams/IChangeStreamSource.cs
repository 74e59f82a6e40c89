using MongoDB.Bson;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>
/// Opens the one change stream on Rocket.Chat's database (the five collections, full documents, pre-images
/// when available): the only MongoDB call the live tail makes, kept behind this seam so that the tail's logic
/// is tested without a server.
/// </summary>
public interface IChangeStreamSource
{
    /// <summary>
    /// Opens the stream after <paramref name="resumeAfter"/>, or at the current operation time when it is null.
    /// Throws the server's error when the stream cannot be opened (no replica set, expired token).
    /// </summary>
    Task<IChangeBatches> OpenAsync(BsonDocument? resumeAfter, CancellationToken cancellationToken);
}
