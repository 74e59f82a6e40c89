using OmniCharts.ExportGenerator.Cli;
using OmniCharts.ExportGenerator.Output;

var (output, options, error) = CommandLine.Parse(args);
if (error is not null)
{
    Console.Error.WriteLine($"{error}\nusage: ExportGenerator --out DIR [--seed 42] [--rooms 3000] [--departments 4] [--start 2026-01-01] [--months 6] [--messages-per-room 10] [--team-rooms 0] [--team-share 0]");
    return 2;
}
var counts = ExportFiles.WriteTo(output!, options);
Console.WriteLine($"wrote {counts.Rooms} rooms and {counts.Messages} messages to {Path.GetFullPath(output!)}"
    + (options.TeamRooms > 0 || options.TeamShare > 0 ? $" ({counts.TeamRooms} team rooms, {counts.TeamMessages} team-chat messages)" : ""));
return 0;
