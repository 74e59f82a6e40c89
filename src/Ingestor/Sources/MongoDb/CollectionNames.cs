using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb;

/// <summary>Rocket.Chat's MongoDB collection names for the collections the charts need.</summary>
public static class CollectionNames
{
    private static readonly Dictionary<string, RocketChatCollection> ByName = new(StringComparer.Ordinal)
    {
        ["rocketchat_settings"] = RocketChatCollection.Settings,
        ["rocketchat_permissions"] = RocketChatCollection.Permissions,
        ["users"] = RocketChatCollection.Users,
        ["rocketchat_room"] = RocketChatCollection.Rooms,
        ["rocketchat_message"] = RocketChatCollection.Messages,
    };

    /// <summary>The MongoDB name of <paramref name="collection"/>.</summary>
    public static string Of(RocketChatCollection collection) => ByName.First(pair => pair.Value == collection).Key;

    /// <summary>The collection named <paramref name="name"/>, or null when the charts don't read it.</summary>
    public static RocketChatCollection? Find(string name) => ByName.TryGetValue(name, out var collection) ? collection : null;
}
