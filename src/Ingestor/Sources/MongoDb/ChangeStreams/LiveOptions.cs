using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>The <c>Ingestor:</c> settings of the live tail, the poll job and the reconciliation (docs/mongodb-live.md).</summary>
public sealed record LiveOptions
{
    /// <summary><c>Ingestor:Mode</c>: auto, changestream or polling.</summary>
    public LiveMode Mode { get; init; } = LiveMode.Auto;

    /// <summary><c>Ingestor:Poll:Interval</c>: how often the poll job runs in Polling mode.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>Ingestor:Poll:PageSize</c>: documents per poll query.</summary>
    public int PollPageSize { get; init; } = 500;

    /// <summary>
    /// <c>Ingestor:ClockSkewMargin</c>: how far before the last known change a catch-up poll starts. It covers the
    /// skew between MongoDB's clock (change times) and Rocket.Chat's app servers (which write <c>_updatedAt</c>).
    /// </summary>
    public TimeSpan ClockSkewMargin { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary><c>Ingestor:ChangeStream:RetryInterval</c>: the wait before reopening a failed stream or probing again for change streams.</summary>
    public TimeSpan StreamRetryInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Ingestor:Reconcile:Cron</c>: a Quartz cron expression (seconds first); <c>off</c> disables it.</summary>
    public string ReconcileCron { get; init; } = "0 7 * * * ?";

    /// <summary><c>Ingestor:Reconcile:MessageWindow</c>: messages are compared only in rooms whose <c>_updatedAt</c> is this recent.</summary>
    public TimeSpan ReconcileMessageWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// <c>Ingestor:PendingRooms:Interval</c>: how often the read model's rooms with messages but no room document are
    /// looked at; one waiting at two looks in a row is read from MongoDB.
    /// </summary>
    public TimeSpan PendingRoomsInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Ingestor:Reconcile:PageSize</c>: ids compared per MongoDB query and Redis round trip.</summary>
    public int ReconcilePageSize { get; init; } = 1000;

    /// <summary>Reads the settings, keeping the defaults for what is not set.</summary>
    public static LiveOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Ingestor");
        var defaults = new LiveOptions();
        return new LiveOptions
        {
            Mode = section["Mode"] is { Length: > 0 } mode ? Enum.Parse<LiveMode>(mode, ignoreCase: true) : defaults.Mode,
            PollInterval = Duration(section["Poll:Interval"]) ?? defaults.PollInterval,
            PollPageSize = Number(section["Poll:PageSize"]) ?? defaults.PollPageSize,
            ClockSkewMargin = Duration(section["ClockSkewMargin"]) ?? defaults.ClockSkewMargin,
            StreamRetryInterval = Duration(section["ChangeStream:RetryInterval"]) ?? defaults.StreamRetryInterval,
            ReconcileCron = section["Reconcile:Cron"] is { Length: > 0 } cron ? cron : defaults.ReconcileCron,
            ReconcileMessageWindow = Duration(section["Reconcile:MessageWindow"]) ?? defaults.ReconcileMessageWindow,
            ReconcilePageSize = Number(section["Reconcile:PageSize"]) ?? defaults.ReconcilePageSize,
            PendingRoomsInterval = Duration(section["PendingRooms:Interval"]) ?? defaults.PendingRoomsInterval,
        };
    }

    /// <summary>Whether the reconciliation is scheduled at all.</summary>
    public bool ReconcileEnabled => !string.Equals(ReconcileCron, "off", StringComparison.OrdinalIgnoreCase);

    private static TimeSpan? Duration(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TimeSpan.Parse(text, CultureInfo.InvariantCulture);

    private static int? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.Parse(text, CultureInfo.InvariantCulture);
}
