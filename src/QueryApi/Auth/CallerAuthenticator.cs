using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Auth;

/// <summary>Checks <c>X-User-Id</c> / <c>X-Auth-Token</c> and the manager permission against the synced users, in one round trip.</summary>
public sealed class CallerAuthenticator(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    private static readonly RedisValue[] UserFields = [DirectoryField.Deleted, DirectoryField.Roles, DirectoryField.UtcOffset];
    private static readonly RedisValue[] PermissionFields = [DirectoryField.Version, DirectoryField.Roles];

    /// <summary>Who is calling, and whether they may read the charts.</summary>
    public async Task<CallerCheck> CheckAsync(IHeaderDictionary headers)
    {
        var userId = headers["X-User-Id"].ToString();
        var token = headers["X-Auth-Token"].ToString();
        if (userId.Length == 0 || token.Length == 0)
            return new CallerCheck(CallerStatus.Unauthenticated, null);

        var batch = redis.GetDatabase().CreateBatch();
        var user = batch.HashGetAsync(keys.User(userId), UserFields);
        var tokenKnown = batch.SetContainsAsync(keys.UserTokens(userId), LoginToken.Hash(token));
        var permission = batch.HashGetAsync(keys.Permission(ManagerPermission.Id), PermissionFields);
        batch.Execute();

        var (fields, known, perm) = (await user, await tokenKnown, await permission);
        if (!known || fields[0] == "1")
            return new CallerCheck(CallerStatus.Unauthenticated, null);

        var synced = !perm[0].IsNull || !perm[1].IsNull;
        var status = ManagerPermission.IsHeldBy(fields[1], synced, perm[1]) ? CallerStatus.Allowed : CallerStatus.Forbidden;
        return new CallerCheck(status, new Caller(userId, fields[2]));
    }
}
