using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>A mongoexport file of one collection, as <c>mongoexport --collection X --out X.json</c> names it.</summary>
/// <param name="FileName">The file's name inside the export directory.</param>
/// <param name="Collection">The collection it holds.</param>
public sealed record ExportFile(string FileName, RocketChatCollection Collection)
{
    /// <summary>
    /// The files in the order they are replayed: settings and permissions first so that the read model
    /// can answer as soon as rooms arrive, rooms before messages so that messages of team rooms known from the same
    /// folder are skipped.
    /// </summary>
    public static IReadOnlyList<ExportFile> InReplayOrder { get; } =
    [
        new("rocketchat_settings.json", RocketChatCollection.Settings),
        new("rocketchat_permissions.json", RocketChatCollection.Permissions),
        new("users.json", RocketChatCollection.Users),
        new("rocketchat_room.json", RocketChatCollection.Rooms),
        new("rocketchat_message.json", RocketChatCollection.Messages),
    ];

    /// <summary>
    /// How many lines <paramref name="path"/> holds, counted at disk speed before the file is read, so that progress has
    /// a percentage and an ETA (a <c>--jsonArray</c> file counts its lines too, so the figure is only an estimate there).
    /// </summary>
    public static long CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        long lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }
        return last == (byte)'\n' ? lines : lines + 1;
    }
}
