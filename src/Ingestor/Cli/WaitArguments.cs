using System.Globalization;

namespace OmniCharts.Ingestor.Cli;

/// <summary><c>--wait</c> and <c>--wait-timeout SECONDS</c>, shared by every command that publishes.</summary>
internal sealed class WaitArguments
{
    public bool Wait { get; private set; }

    public TimeSpan Timeout { get; private set; } = ReplayOptions.DefaultWaitTimeout;

    /// <summary>True when <c>args[i]</c> is one of these options (advancing past its value); <paramref name="error"/> says what is wrong with it.</summary>
    public bool TryRead(IReadOnlyList<string> args, ref int i, out string? error)
    {
        error = null;
        switch (args[i])
        {
            case "--wait":
                Wait = true;
                return true;
            case "--wait-timeout" when i + 1 < args.Count:
                if (!double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0) || seconds > int.MaxValue)
                    error = $"--wait-timeout needs a positive number of seconds, not '{args[i]}'";
                else
                    Timeout = TimeSpan.FromSeconds(seconds);
                return true;
            case "--wait-timeout":
                error = "--wait-timeout needs a value";
                return true;
            default:
                return false;
        }
    }
}
