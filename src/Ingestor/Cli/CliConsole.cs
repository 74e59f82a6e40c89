namespace OmniCharts.Ingestor.Cli;

/// <summary>Where the command writes, and whether its output is a terminal that can redraw one line.</summary>
/// <param name="Out">Progress and summaries.</param>
/// <param name="Error">Rejected lines and failures.</param>
/// <param name="Interactive">True on a terminal: progress is one updating line instead of periodic lines.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>The process console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}
