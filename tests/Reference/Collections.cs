namespace OmniCharts.Reference;

/// <summary>Rocket.Chat's MongoDB collection names, as mongoexport names its files.</summary>
public static class Collections
{
    /// <summary>Rooms; Omnichannel rooms have <c>t: 'l'</c>.</summary>
    public const string Rooms = "rocketchat_room";

    /// <summary>Messages, keyed to their room by <c>rid</c>.</summary>
    public const string Messages = "rocketchat_message";

    /// <summary>Users with their roles, login tokens and <c>utcOffset</c>.</summary>
    public const string Users = "users";

    /// <summary>Permissions: <c>_id</c> is the permission, <c>roles</c> who holds it.</summary>
    public const string Permissions = "rocketchat_permissions";

    /// <summary>Settings: <c>_id</c> is the setting, <c>value</c> its value.</summary>
    public const string Settings = "rocketchat_settings";
}
