namespace OmniCharts.Ingestor.Cli;

/// <summary>Parses <c>replay --from DIR [--wait] [--wait-timeout SECONDS]</c>.</summary>
internal static class ReplayArguments
{
    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        string? from = null;
        var wait = new WaitArguments();
        for (var i = 1; i < args.Count; i++)
        {
            if (wait.TryRead(args, ref i, out var waitError))
            {
                if (waitError is not null)
                    return CommandLine.Fail(waitError);
                continue;
            }

            switch (args[i])
            {
                case "--from" when i + 1 < args.Count:
                    from = args[++i];
                    break;
                case "--from":
                    return CommandLine.Fail($"{args[i]} needs a value");
                default:
                    return CommandLine.Fail($"unknown argument '{args[i]}'");
            }
        }

        return string.IsNullOrWhiteSpace(from)
            ? CommandLine.Fail("replay needs --from DIR")
            : new CommandLineResult(new ReplayOptions(from, wait.Wait, wait.Timeout), false, null);
    }
}
