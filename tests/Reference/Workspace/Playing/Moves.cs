namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Plays one operation: each kind is the MongoDB writes Rocket.Chat makes for it.</summary>
internal static class Moves
{
    public static void Play(PlayContext c)
    {
        Action<PlayContext> move = c.Op.Kind switch
        {
            OperationKind.AddUser => UserMoves.AddUser,
            OperationKind.ChangeRoles => UserMoves.ChangeRoles,
            OperationKind.AddLoginToken => UserMoves.AddLoginToken,
            OperationKind.RevokeLoginToken => UserMoves.RevokeLoginToken,
            OperationKind.ChangeUtcOffset => UserMoves.ChangeUtcOffset,
            OperationKind.CreatePermission => DirectoryMoves.CreatePermission,
            OperationKind.ChangePermission => DirectoryMoves.ChangePermission,
            OperationKind.CreateSetting => DirectoryMoves.CreateSetting,
            OperationKind.ChangeSetting => DirectoryMoves.ChangeSetting,
            OperationKind.CreateTeamRoom => TeamMoves.CreateTeamRoom,
            OperationKind.JoinTeamRoom => TeamMoves.JoinTeamRoom,
            OperationKind.SendTeamMessage => TeamMoves.SendTeamMessage,
            OperationKind.OpenOmnichannelRoom => OmnichannelMoves.Open,
            OperationKind.VisitorMessage => OmnichannelMoves.VisitorMessage,
            OperationKind.TakeRoom => OmnichannelMoves.Take,
            OperationKind.AgentMessage => OmnichannelMoves.AgentMessage,
            OperationKind.SystemMessage => OmnichannelMoves.SystemMessage,
            OperationKind.Transfer => LifecycleMoves.Transfer,
            OperationKind.PutOnHold => LifecycleMoves.PutOnHold,
            OperationKind.ResumeRoom => LifecycleMoves.Resume,
            OperationKind.CloseRoom => LifecycleMoves.Close,
            OperationKind.ReopenRoom => LifecycleMoves.Reopen,
            OperationKind.DeleteRoom => RemovalMoves.DeleteRoom,
            OperationKind.RemoveDepartment => RemovalMoves.RemoveDepartment,
            OperationKind.ImportClosedConversation => ImportMoves.ImportClosedConversation,
            OperationKind.EditMessage => MessageMoves.Edit,
            OperationKind.DeleteMessage => MessageMoves.Delete,
            OperationKind.DeleteMessageWithStatus => MessageMoves.DeleteWithStatus,
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Op.Kind, "unknown operation kind"),
        };
        move(c);
    }
}
