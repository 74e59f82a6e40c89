namespace OmniCharts.Ingestor.Cli;

/// <summary>The process exit codes; when several apply, the highest in this list wins except <see cref="Ok"/>.</summary>
public enum ExitCode
{
    /// <summary>Every line was published (and, with <c>--wait</c>, applied).</summary>
    Ok = 0,

    /// <summary>Some lines (documents) were rejected; every other one was published.</summary>
    Rejected = 1,

    /// <summary>Bad arguments, or the export directory does not exist.</summary>
    Usage = 2,

    /// <summary>RabbitMQ could not be reached or refused a publish; the replay (backfill) stopped.</summary>
    PublishFailed = 3,

    /// <summary><c>--wait</c> ran out of time before the projector handled every event.</summary>
    WaitTimedOut = 4,

    /// <summary><c>--wait</c>: the projector sent events to an error queue.</summary>
    ProjectionFailed = 5,

    /// <summary><c>backfill</c>: MongoDB or Redis (the checkpoints) failed; the backfill stopped and resumes when run again.</summary>
    SourceFailed = 6,
}
