using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>A mongoexport file of one collection, as <c>mongoexport --collection X --out X.json</c> names it.</summary>
/// <param name="FileName">The file's name inside the export directory.</param>
/// <param name="Collection">The collection it holds.</param>
public sealed record ExportFile(string FileName, RocketChatCollection Collection)
{
    /// <summary>
    /// The files in the order they are replayed: settings and permissions first so that the read model
    /// can answer as soon as rooms arrive, rooms before messages so that messages of other room types are skipped.
    /// </summary>
    public static IReadOnlyList<ExportFile> InReplayOrder { get; } =
    [
        new("rocketchat_settings.json", RocketChatCollection.Settings),
        new("rocketchat_permissions.json", RocketChatCollection.Permissions),
        new("users.json", RocketChatCollection.Users),
        new("rocketchat_room.json", RocketChatCollection.Rooms),
        new("rocketchat_message.json", RocketChatCollection.Messages),
    ];
}
