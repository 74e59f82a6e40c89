namespace OmniCharts.QueryApi.Auth;

/// <summary>What the headers of a request prove.</summary>
public enum CallerStatus
{
    /// <summary>No credentials, or no live user with that id and token: 401.</summary>
    Unauthenticated,

    /// <summary>A user without <c>view-livechat-manager</c>: 403.</summary>
    Forbidden,

    /// <summary>A user who may read the charts.</summary>
    Allowed,
}
