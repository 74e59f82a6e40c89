using System.Globalization;

namespace OmniCharts.Ingestor.Cli;

/// <summary>Parses <c>rebuild (--from DIR | --mongo URI) [--rate N] [--page-size N] [--wait-timeout SECONDS] [--keep-old SECONDS]</c>.</summary>
internal static class RebuildArguments
{
    private static readonly string[] Valued = ["--from", "--mongo", "--rate", "--page-size", "--wait-timeout", "--keep-old"];

    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            if (!Valued.Contains(args[i]))
                return CommandLine.Fail($"unknown argument '{args[i]}'");
            if (i + 1 >= args.Count)
                return CommandLine.Fail($"{args[i]} needs a value");
            values[args[i]] = args[++i];
        }

        var from = values.GetValueOrDefault("--from");
        var mongo = values.GetValueOrDefault("--mongo");
        if ((from is null) == (mongo is null))
            return CommandLine.Fail("rebuild needs either --from DIR or --mongo URI");
        if (mongo is not null && BackfillArguments.Parse(["backfill", "--mongo", mongo]) is { Error: { } mongoError })
            return CommandLine.Fail(mongoError);
        var (rate, rateError) = MongoReadArguments.Rate(values);
        if (rateError is not null)
            return CommandLine.Fail(rateError);
        var (pageSize, pageError) = MongoReadArguments.PageSize(values);
        if (pageError is not null)
            return CommandLine.Fail(pageError);
        if (Seconds(values, "--wait-timeout", RebuildOptions.DefaultWaitTimeout, positive: true) is not { } waitTimeout)
            return CommandLine.Fail($"--wait-timeout needs a positive number of seconds, not '{values["--wait-timeout"]}'");
        if (Seconds(values, "--keep-old", RebuildOptions.DefaultKeepOld, positive: false) is not { } keepOld)
            return CommandLine.Fail($"--keep-old needs a number of seconds, not '{values["--keep-old"]}'");
        return new CommandLineResult(new RebuildOptions(from, mongo, rate, pageSize, waitTimeout, keepOld), false, null);
    }

    private static TimeSpan? Seconds(Dictionary<string, string> values, string name, TimeSpan fallback, bool positive)
    {
        if (!values.TryGetValue(name, out var text))
            return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) &&
               (positive ? seconds > 0 : seconds >= 0) && seconds <= int.MaxValue
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
