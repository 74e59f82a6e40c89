namespace OmniCharts.Reference.Workspace;

/// <summary>A login token a simulated user received: send <see cref="UserId"/> and <see cref="Token"/> as <c>X-User-Id</c> and <c>X-Auth-Token</c>.</summary>
/// <param name="Label">The token's label in the script (<c>U3.t0</c> is the one each user starts with).</param>
/// <param name="UserId">The user's <c>_id</c>.</param>
/// <param name="Username">The user's <c>username</c>.</param>
/// <param name="Token">The plain token; the user document stores base64(SHA-256(token)).</param>
/// <param name="IssuedAtWrite">The index of the write that stored it; it is valid in states after that write.</param>
/// <param name="RevokedAtWrite">The index of the write that removed it, or null when it was never revoked.</param>
public sealed record IssuedToken(string Label, string UserId, string Username, string Token, int IssuedAtWrite, int? RevokedAtWrite);
