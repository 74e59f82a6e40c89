namespace OmniCharts.Reference.Workspace;

/// <summary>
/// What one operation of a <see cref="WorkspaceScript"/> does. <see cref="WorkspaceOperation.Target"/> names the
/// entity it creates or changes (a label such as <c>L12</c>, <c>R3</c>, <c>M805</c>, <c>U4</c>, <c>D1</c>, <c>U4.t0</c>, or a
/// setting or permission id); <see cref="WorkspaceOperation.With"/> a second one. An operation whose target is
/// missing or does not fit (a message in a deleted room, closing a closed room) writes nothing.
/// </summary>
public enum OperationKind
{
    /// <summary>Inserts a user; With is the role preset (<c>manager</c>, <c>monitor</c>, <c>agent</c>, <c>admin</c>, <c>user</c>); one login token <c>{Target}.t0</c>.</summary>
    AddUser,

    /// <summary>Adds (<c>$addToSet</c>) or removes (<c>$pull</c>) the role With, as the roll says.</summary>
    ChangeRoles,

    /// <summary>Pushes login token With (a label) onto <c>services.resume.loginTokens</c>; sometimes a personal access token.</summary>
    AddLoginToken,

    /// <summary>Pulls login token With from the user's <c>services.resume.loginTokens</c>.</summary>
    RevokeLoginToken,

    /// <summary>Sets the user's <c>utcOffset</c> (whole, fractional or negative hours).</summary>
    ChangeUtcOffset,

    /// <summary>Inserts permission Target with its default roles.</summary>
    CreatePermission,

    /// <summary>Toggles role With in the permission's <c>roles</c>; With <c>reset</c> replaces the whole document.</summary>
    ChangePermission,

    /// <summary>Inserts setting Target with value With.</summary>
    CreateSetting,

    /// <summary>Sets setting Target's <c>value</c> to With.</summary>
    ChangeSetting,

    /// <summary>Inserts team room Target; With is <c>c</c>, <c>p</c> or <c>d</c> (a direct message between two users).</summary>
    CreateTeamRoom,

    /// <summary>A user joins channel or group Target: a <c>uj</c> message and <c>usersCount</c> + 1.</summary>
    JoinTeamRoom,

    /// <summary>Message Target in team room With; unversioned, it is an imported message that leaves its room alone.</summary>
    SendTeamMessage,

    /// <summary>A visitor opens Omnichannel room Target, in department With (or none): the room and <c>livechat-started</c>.</summary>
    OpenOmnichannelRoom,

    /// <summary>The visitor sends message Target in Omnichannel room With (<c>token</c> set; <c>metrics.v.lq</c> moves).</summary>
    VisitorMessage,

    /// <summary>An agent takes Omnichannel room Target: <c>servedBy</c>, <c>metrics.reaction</c>, a <c>uj</c> message.</summary>
    TakeRoom,

    /// <summary>The serving agent answers with message Target in room With: <c>metrics.response</c> and <c>responseBy</c> move.</summary>
    AgentMessage,

    /// <summary>A system message Target (<c>command</c>, <c>uj</c>, …) in Omnichannel room With.</summary>
    SystemMessage,

    /// <summary>Room Target moves to department With (or stays) and/or to another agent; a <c>livechat_transfer_history</c> message.</summary>
    Transfer,

    /// <summary>Puts room Target on hold (<c>onHold: true</c>) with a system message.</summary>
    PutOnHold,

    /// <summary>Resumes room Target (<c>onHold</c> removed) with a system message.</summary>
    ResumeRoom,

    /// <summary>Closes room Target: <c>open</c> and <c>onHold</c> removed, <c>closedAt</c>, <c>closedBy</c>, <c>metrics.chatDuration</c>; <c>livechat-close</c>.</summary>
    CloseRoom,

    /// <summary>Reopens closed room Target: <c>open: true</c>, <c>closedAt</c>/<c>closedBy</c> removed, <c>chatDuration</c> kept.</summary>
    ReopenRoom,

    /// <summary>Deletes each message of room Target (any type), then the room, as Rocket.Chat's deleteRoom does.</summary>
    DeleteRoom,

    /// <summary>Removes department Target: every room in it loses <c>departmentId</c> (one update per room, one <c>_updatedAt</c>).</summary>
    RemoveDepartment,

    /// <summary>Inserts a closed Omnichannel conversation Target with its messages at once, as an import tool writes it.</summary>
    ImportClosedConversation,

    /// <summary>Edits message Target: a hidden copy (<c>_hidden</c>, <c>parent</c>) is inserted, then the original updated.</summary>
    EditMessage,

    /// <summary>Deletes message Target (a hard delete); its room's <c>msgs</c> and <c>lastMessage</c> follow.</summary>
    DeleteMessage,

    /// <summary>Deletes message Target with status: it becomes <c>t: 'rm'</c>, <c>msg: ''</c> (sometimes after a history copy).</summary>
    DeleteMessageWithStatus,
}
