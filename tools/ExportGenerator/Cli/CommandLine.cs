using System.Globalization;

namespace OmniCharts.ExportGenerator.Cli;

/// <summary>Reads <c>--out DIR [--seed N] [--rooms N] [--departments N] [--start YYYY-MM-DD] [--months N] [--messages-per-room N] [--team-rooms N] [--team-share F]</c>.</summary>
public static class CommandLine
{
    /// <summary>The output directory and options, or an error message.</summary>
    public static (string? Out, GeneratorOptions Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new GeneratorOptions();
        string? output = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
                return (null, options, $"{args[i]} needs a value");
            var value = args[i + 1];
            try
            {
                switch (args[i])
                {
                    case "--out": output = value; break;
                    case "--seed": options = options with { Seed = Int(value) }; break;
                    case "--rooms": options = options with { Rooms = Positive(value) }; break;
                    case "--departments": options = options with { Departments = Positive(value) }; break;
                    case "--start": options = options with { Start = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) }; break;
                    case "--months": options = options with { Months = Positive(value) }; break;
                    case "--messages-per-room": options = options with { MessagesPerRoom = Int(value) }; break;
                    case "--team-rooms": options = options with { TeamRooms = Int(value) is >= 0 and var n ? n : throw new FormatException() }; break;
                    case "--team-share": options = options with { TeamShare = Share(value) }; break;
                    default: return (null, options, $"unknown option {args[i]}");
                }
            }
            catch (FormatException)
            {
                return (null, options, $"{args[i]}: '{value}' is not valid");
            }
        }
        return output is null ? (null, options, "--out DIR is required") : (output, options, null);
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    // A fraction in [0, 1): at 1 every message would be team chat, which no number of extra messages reaches.
    private static double Share(string text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) is >= 0 and < 1 and var f ? f : throw new FormatException();

    private static int Positive(string text) => Int(text) is > 0 and var n ? n : throw new FormatException();
}
