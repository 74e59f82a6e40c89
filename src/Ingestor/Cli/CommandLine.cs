namespace OmniCharts.Ingestor.Cli;

/// <summary>Parses <c>replay …</c>, <c>backfill …</c> and <c>rebuild …</c> (see <see cref="Usage"/>).</summary>
public static class CommandLine
{
    /// <summary>Parses <paramref name="args"/>; unknown arguments are errors rather than silently ignored.</summary>
    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args.Any(arg => arg is "-h" or "--help"))
            return new CommandLineResult(null, Help: args.Count > 0, args.Count == 0 ? "missing command" : null);
        return args[0] switch
        {
            "replay" => ReplayArguments.Parse(args),
            "backfill" => BackfillArguments.Parse(args),
            "rebuild" => RebuildArguments.Parse(args),
            _ => Fail($"unknown command '{args[0]}'"),
        };
    }

    internal static CommandLineResult Fail(string error) => new(null, false, error);
}
