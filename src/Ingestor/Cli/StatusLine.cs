using System.Diagnostics;

namespace OmniCharts.Ingestor.Cli;

/// <summary>
/// Progress output: on a terminal one line redrawn in place a few times a second; when redirected, a plain
/// line every few seconds so logs stay readable. Thread-safe: connection notices and log lines come from other
/// threads than the progress, and each line is written whole.
/// </summary>
public sealed class StatusLine(CliConsole console)
{
    private readonly Lock _gate = new();
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RedirectedInterval = TimeSpan.FromSeconds(5);

    private long _lastWrite = Stopwatch.GetTimestamp();
    private int _shownLength;

    /// <summary>Shows <paramref name="text"/> if the previous update is old enough; the text is only built then.</summary>
    public void Update(Func<string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            if (Stopwatch.GetElapsedTime(_lastWrite) < (console.Interactive ? TerminalInterval : RedirectedInterval))
                return;
            _lastWrite = Stopwatch.GetTimestamp();
            if (console.Interactive)
                Redraw(text());
            else
                console.Out.WriteLine(text());
        }
    }

    /// <summary>Writes a final line, replacing the updating one.</summary>
    public void Complete(string text)
    {
        lock (_gate)
        {
            Clear();
            console.Out.WriteLine(text);
        }
    }

    /// <summary>Writes an error line without mixing it into the updating line.</summary>
    public void Error(string text)
    {
        lock (_gate)
        {
            Clear();
            console.Error.WriteLine(text);
            console.Error.Flush();
        }
    }

    private void Redraw(string text)
    {
        console.Out.Write("\r" + text.PadRight(_shownLength));
        console.Out.Flush();
        _shownLength = text.Length;
    }

    private void Clear()
    {
        if (!console.Interactive || _shownLength == 0)
            return;
        console.Out.Write("\r" + new string(' ', _shownLength) + "\r");
        _shownLength = 0;
    }
}
