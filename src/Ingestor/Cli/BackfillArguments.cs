using System.Globalization;
using MongoDB.Driver;

namespace OmniCharts.Ingestor.Cli;

/// <summary>Parses <c>backfill --mongo URI [--since DATE] [--rate N] [--page-size N] [--restart] [--wait] [--wait-timeout SECONDS]</c>.</summary>
internal static class BackfillArguments
{
    private static readonly string[] Valued = ["--mongo", "--since", "--rate", "--page-size"];

    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var wait = new WaitArguments();
        var restart = false;
        for (var i = 1; i < args.Count; i++)
        {
            if (wait.TryRead(args, ref i, out var waitError))
            {
                if (waitError is not null)
                    return CommandLine.Fail(waitError);
            }
            else if (args[i] == "--restart")
                restart = true;
            else if (Valued.Contains(args[i]))
            {
                if (i + 1 >= args.Count)
                    return CommandLine.Fail($"{args[i]} needs a value");
                values[args[i]] = args[++i];
            }
            else
                return CommandLine.Fail($"unknown argument '{args[i]}'");
        }

        return Build(values, restart, wait);
    }

    private static CommandLineResult Build(Dictionary<string, string> values, bool restart, WaitArguments wait)
    {
        if (!values.TryGetValue("--mongo", out var mongo) || string.IsNullOrWhiteSpace(mongo))
            return CommandLine.Fail("backfill needs --mongo URI");
        if (MongoError(mongo) is { } mongoError)
            return CommandLine.Fail(mongoError);
        DateTimeOffset? since = null;
        if (values.TryGetValue("--since", out var sinceText))
        {
            if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                return CommandLine.Fail($"--since needs a date (2025-01-31) or an ISO 8601 time (2025-01-31T08:00:00Z), not '{sinceText}'");
            since = parsed;
        }

        var (rate, rateError) = MongoReadArguments.Rate(values);
        if (rateError is not null)
            return CommandLine.Fail(rateError);
        var (pageSize, pageError) = MongoReadArguments.PageSize(values);
        if (pageError is not null)
            return CommandLine.Fail(pageError);

        return new CommandLineResult(new BackfillOptions(mongo, since, rate, pageSize, restart, wait.Wait, wait.Timeout), false, null);
    }

    private static string? MongoError(string uri)
    {
        try
        {
            return string.IsNullOrEmpty(MongoUrl.Create(uri).DatabaseName)
                ? "--mongo must name Rocket.Chat's database, like mongodb://host:27017/rocketchat"
                : null;
        }
        catch (Exception error) when (error is MongoConfigurationException or ArgumentException or FormatException)
        {
            return $"--mongo is not a MongoDB connection string: {error.Message}";
        }
    }
}
