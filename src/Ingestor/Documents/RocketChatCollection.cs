namespace OmniCharts.Ingestor.Documents;

/// <summary>The Rocket.Chat collections the charts need, in the order a replay publishes them.</summary>
public enum RocketChatCollection
{
    /// <summary><c>rocketchat_settings</c>.</summary>
    Settings,

    /// <summary><c>rocketchat_permissions</c>.</summary>
    Permissions,

    /// <summary><c>users</c>.</summary>
    Users,

    /// <summary><c>rocketchat_room</c>.</summary>
    Rooms,

    /// <summary><c>rocketchat_message</c>.</summary>
    Messages,
}
