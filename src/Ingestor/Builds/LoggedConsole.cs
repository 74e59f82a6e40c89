using System.Text;
using Microsoft.Extensions.Logging;
using OmniCharts.Ingestor.Cli;

namespace OmniCharts.Ingestor.Builds;

/// <summary>A console for a build that runs inside <c>serve</c>: its progress and error lines go to the log.</summary>
public static class LoggedConsole
{
    /// <summary>Lines of progress at Information, errors at Warning, one log entry per line.</summary>
    public static CliConsole Of(ILogger logger) =>
        new(new LineWriter(line => logger.LogInformation("{Line}", line)), new LineWriter(line => logger.LogWarning("{Line}", line)), Interactive: false);

    private sealed class LineWriter(Action<string> write) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                write(_line.ToString().TrimEnd('\r'));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }
}
