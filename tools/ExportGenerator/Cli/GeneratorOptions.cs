namespace OmniCharts.ExportGenerator.Cli;

/// <summary>What to generate; the same options always give byte-identical files.</summary>
/// <param name="Seed">Seeds every random choice.</param>
/// <param name="Rooms">Omnichannel rooms, spread over the whole period.</param>
/// <param name="Departments">Departments, each with its own volume and speed.</param>
/// <param name="Start">The first UTC day with rooms.</param>
/// <param name="Months">How many months of rooms, from <paramref name="Start"/>.</param>
/// <param name="MessagesPerRoom">The mean number of messages per Omnichannel room.</param>
/// <param name="TeamRooms">
/// Extra team rooms (channels, private groups, DMs) beside the five every export has; 0 adds none. They and their
/// messages come from a random stream of their own, so the rest of the export is the same lines as without them.
/// </param>
/// <param name="TeamShare">
/// The fraction of all messages that are in team rooms (0.9: nine in ten), reached day by day with extra team-chat
/// messages; 0 adds none, and the five base rooms' few messages count towards it.
/// </param>
public sealed record GeneratorOptions(
    int Seed = 42,
    int Rooms = 3_000,
    int Departments = 4,
    DateOnly Start = default,
    int Months = 6,
    int MessagesPerRoom = 10,
    int TeamRooms = 0,
    double TeamShare = 0)
{
    /// <summary>The first UTC day (2026-01-01 when unset).</summary>
    public DateOnly FirstDay => Start == default ? new DateOnly(2026, 1, 1) : Start;

    /// <summary>The day after the last one with rooms.</summary>
    public DateOnly EndDay => FirstDay.AddMonths(Months);
}
