using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OmniCharts.Ingestor.Cli;

/// <summary>
/// The command line's log output, on its error stream through <see cref="StatusLine"/> (so a log line never cuts the
/// progress line). A record about a lost connection is not printed: it becomes the one line of
/// <see cref="ConnectionNotices"/> for its outage, and its details are logged again at Debug level under
/// <see cref="ConnectionNotices.DetailsCategory"/>, which the usual <c>Logging__LogLevel__…</c> settings show; so is
/// MassTransit's record of a publish the publisher cancelled to try it again.
/// </summary>
public sealed class CliLoggerProvider(StatusLine status, ConnectionNotices notices, IServiceProvider services) : ILoggerProvider
{
    private ILogger? _details;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new CliLogger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    // Resolved on first use: the logger factory is built from this provider.
    private ILogger Details => _details ??= services.GetRequiredService<ILoggerFactory>().CreateLogger(ConnectionNotices.DetailsCategory);

    private void Write<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        if (category != ConnectionNotices.DetailsCategory)
        {
            // A cancelled publish is checked first: MassTransit wraps it in a connection exception.
            var fault = ConnectionFault.IsCancelledPublish(category, exception) ? null : ConnectionFault.Of(category, exception);
            if (fault is { } lost)
                notices.Lost(lost.Server, lost.Reason);
            if (fault is not null || ConnectionFault.IsCancelledPublish(category, exception))
            {
                Details.Log(LogLevel.Debug, eventId, exception, "{Category} {Level}: {Message}", category, level, message);
                return;
            }
        }

        status.Error($"{Label(level)}: {category}: {message}" + (exception is null ? "" : Environment.NewLine + exception));
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class CliLogger(CliLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // The logger factory has already applied the configured levels.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                provider.Write(category, logLevel, eventId, state, exception, formatter);
        }
    }
}
