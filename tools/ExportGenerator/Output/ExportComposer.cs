using MongoDB.Bson;
using OmniCharts.ExportGenerator.Cli;
using OmniCharts.ExportGenerator.Generation;

namespace OmniCharts.ExportGenerator.Output;

/// <summary>Generates a whole export day by day, writing each room with its messages as soon as it exists.</summary>
public static class ExportComposer
{
    /// <summary>Writes every collection of the export that <paramref name="options"/> describe.</summary>
    public static ExportCounts Write(GeneratorOptions options, ExportWriters writers)
    {
        var dice = new Dice(options.Seed);
        var createdAt = options.FirstDay.AddDays(-30).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var workspace = new Workspace(dice, createdAt);
        var departments = Department.Plan(dice, options.Departments);
        WriteAll(writers.Users, workspace.Users());
        WriteAll(writers.Permissions, workspace.Permissions());
        WriteAll(writers.Settings, workspace.Settings());

        var team = new TeamRooms(dice, workspace, createdAt);
        long rooms = WriteAll(writers.Rooms, team.Rooms());
        // Team chat at scale draws from a stream of its own: without it, the export is the same lines as before.
        var teamChat = options.TeamRooms > 0 || options.TeamShare > 0
            ? new TeamChat(options.Seed, options.TeamRooms, options.TeamShare, workspace, createdAt, team.Rooms().Select(r => r["_id"].AsString))
            : null;
        if (teamChat is not null)
            rooms += WriteAll(writers.Rooms, teamChat.Rooms);
        long messages = 0, teamMessages = 0;
        var livechat = new LivechatRooms(dice, workspace, departments, options.MessagesPerRoom);
        var recentFrom = options.EndDay.AddDays(-2);
        foreach (var (day, count) in Traffic.RoomsPerDay(options.FirstDay, options.EndDay, options.Rooms))
        {
            long dayMessages = 0;
            foreach (var ts in Traffic.StartTimes(dice, day, count))
            {
                var (room, roomMessages) = livechat.Create(ts, day >= recentFrom);
                rooms += WriteAll(writers.Rooms, [room]);
                dayMessages += WriteAll(writers.Messages, roomMessages);
            }
            long baseTeam = WriteAll(writers.Messages, team.MessagesOn(day));
            messages += dayMessages + baseTeam;
            teamMessages += baseTeam;
            if (teamChat is not null)
                messages += WriteAll(writers.Messages, teamChat.MessagesOn(day, dayMessages, baseTeam));
        }
        return teamChat is null
            ? new ExportCounts(rooms, messages)
            : new ExportCounts(rooms, messages, team.Rooms().Count + teamChat.Rooms.Count, teamMessages + teamChat.Messages);
    }

    private static int WriteAll(TextWriter writer, IEnumerable<BsonDocument> documents)
    {
        var count = 0;
        foreach (var document in documents)
        {
            writer.Write(ExtendedJson.Line(document));
            writer.Write('\n');
            count++;
        }
        return count;
    }
}
