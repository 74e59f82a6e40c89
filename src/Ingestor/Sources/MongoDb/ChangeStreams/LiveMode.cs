namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>How <c>serve</c> follows Rocket.Chat's database (<c>Ingestor:Mode</c>).</summary>
public enum LiveMode
{
    /// <summary>Change streams where the server offers them, polling where it does not (the default).</summary>
    Auto,

    /// <summary>Change streams only: a server without them is retried, never polled.</summary>
    ChangeStream,

    /// <summary>Polling only, e.g. against a standalone server or to spare the oplog.</summary>
    Polling,
}
