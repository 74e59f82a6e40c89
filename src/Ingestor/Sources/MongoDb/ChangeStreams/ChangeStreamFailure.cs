using MongoDB.Driver;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>Tells apart the server errors the live tail answers by switching mode.</summary>
public static class ChangeStreamFailure
{
    private const int StandaloneCode = 40573;
    private const int HistoryLostCode = 286;
    // ChangeStreamFatalError: what servers before 4.2 answer when the resume token has left the oplog.
    private const int OldHistoryLostCode = 280;
    private const int InvalidResumeTokenCode = 260;

    /// <summary>The server cannot open change streams at all: a standalone <c>mongod</c>, not a replica set.</summary>
    public static bool IsUnavailable(Exception error) =>
        error is MongoCommandException command && (command.Code == StandaloneCode ||
            command.ErrorMessage?.Contains("only supported on replica sets", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The stored token can no longer be resumed: the oplog has rolled past it, or it is not a token.</summary>
    public static bool IsHistoryLost(Exception error) =>
        error is MongoCommandException command && (command.Code is HistoryLostCode or OldHistoryLostCode or InvalidResumeTokenCode ||
            command.CodeName is "ChangeStreamHistoryLost" or "CappedPositionLost" or "InvalidResumeToken");
}
