using System.Globalization;

namespace OmniCharts.Ingestor.Cli;

/// <summary>Parses <c>replay --from DIR [--wait] [--wait-timeout SECONDS]</c>.</summary>
public static class CommandLine
{
    /// <summary>Parses <paramref name="args"/>; unknown arguments are errors rather than silently ignored.</summary>
    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args.Any(arg => arg is "-h" or "--help"))
            return new CommandLineResult(null, Help: args.Count > 0, args.Count == 0 ? "missing command" : null);
        if (args[0] != "replay")
            return Fail($"unknown command '{args[0]}'");

        string? from = null;
        var wait = false;
        var timeout = ReplayOptions.DefaultWaitTimeout;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Count:
                    from = args[++i];
                    break;
                case "--wait":
                    wait = true;
                    break;
                case "--wait-timeout" when i + 1 < args.Count:
                    if (!double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0) || seconds > int.MaxValue)
                        return Fail($"--wait-timeout needs a positive number of seconds, not '{args[i]}'");
                    timeout = TimeSpan.FromSeconds(seconds);
                    break;
                case "--from" or "--wait-timeout":
                    return Fail($"{args[i]} needs a value");
                default:
                    return Fail($"unknown argument '{args[i]}'");
            }
        }

        return string.IsNullOrWhiteSpace(from) ? Fail("replay needs --from DIR") : new CommandLineResult(new ReplayOptions(from, wait, timeout), false, null);
    }

    private static CommandLineResult Fail(string error) => new(null, false, error);
}
