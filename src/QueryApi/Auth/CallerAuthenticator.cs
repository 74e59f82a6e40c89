using OmniCharts.QueryApi.Availability;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Auth;

/// <summary>Checks <c>X-User-Id</c> / <c>X-Auth-Token</c> and the manager permission against the synced users.</summary>
public sealed class CallerAuthenticator(LiveGeneration live)
{
    private static readonly RedisValue[] UserFields = [DirectoryField.Deleted, DirectoryField.Roles, DirectoryField.UtcOffset];
    private static readonly RedisValue[] PermissionFields = [DirectoryField.Version, DirectoryField.Roles];

    /// <summary>
    /// Adds the user, token and permission reads to <paramref name="batch"/>, so they share the request's one round
    /// trip; the task completes once the batch has run. Without both headers nothing is read. The keys are those of
    /// the generation the request reads (the live one by default).
    /// </summary>
    public Task<CallerCheck> Queue(IBatch batch, IHeaderDictionary headers, RedisKeySchema? keys = null)
    {
        keys ??= live.Keys;
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(headers);
        var userId = headers["X-User-Id"].ToString();
        var token = headers["X-Auth-Token"].ToString();
        if (userId.Length == 0 || token.Length == 0)
            return Task.FromResult(new CallerCheck(CallerStatus.Unauthenticated, null));

        var user = batch.HashGetAsync(keys.User(userId), UserFields);
        var tokenKnown = batch.SetContainsAsync(keys.UserTokens(userId), LoginToken.Hash(token));
        var permission = batch.HashGetAsync(keys.Permission(ManagerPermission.Id), PermissionFields);
        return CheckAsync(userId, user, tokenKnown, permission);
    }

    private static async Task<CallerCheck> CheckAsync(string userId, Task<RedisValue[]> user, Task<bool> tokenKnown, Task<RedisValue[]> permission)
    {
        var (fields, known, perm) = (await user.ConfigureAwait(false), await tokenKnown.ConfigureAwait(false), await permission.ConfigureAwait(false));
        if (!known || fields[0] == "1")
            return new CallerCheck(CallerStatus.Unauthenticated, null);

        var synced = !perm[0].IsNull || !perm[1].IsNull;
        var status = ManagerPermission.IsHeldBy(fields[1], synced, perm[1]) ? CallerStatus.Allowed : CallerStatus.Forbidden;
        return new CallerCheck(status, new Caller(userId, fields[2]));
    }
}
