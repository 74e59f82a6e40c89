using OmniCharts.QueryApi.Auth;
using OmniCharts.QueryApi.Charts;
using OmniCharts.QueryApi.Reporting;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Pipeline;

/// <summary>
/// What every read endpoint does before its own work, in one Redis round trip: the caller (user, token, permission),
/// the reporting settings and the endpoint's own reads go out in one batch; then 401 and 403 in Rocket.Chat's order.
/// Without both auth headers the answer is 401 and nothing is read. A check that applies to every endpoint (such
/// as the read model's readiness) belongs here.
/// </summary>
public sealed class RequestPipeline(IConnectionMultiplexer redis, CallerAuthenticator authenticator, ReportingZones zones)
{
    /// <summary>
    /// Runs the shared reads with <paramref name="queueReads"/>'s (which may queue nothing and return null); the
    /// endpoint awaits what it queued once the outcome is not a rejection.
    /// </summary>
    public async Task<PipelineOutcome> RunAsync(HttpRequest request, Func<IBatch, Task?> queueReads)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(queueReads);
        var batch = redis.GetDatabase().CreateBatch();
        var caller = authenticator.Queue(batch, request.Headers);
        if (caller.IsCompleted && caller.Result.Caller is null)
            return PipelineOutcome.Rejected(RocketChatErrorResult.Unauthorized());

        var reporting = zones.Queue(batch);
        var reads = queueReads(batch);
        batch.Execute();
        await Task.WhenAll(caller, reporting, reads ?? Task.CompletedTask);

        var check = await caller;
        if (check.Caller is null)
            return PipelineOutcome.Rejected(RocketChatErrorResult.Unauthorized());
        if (check.Status != CallerStatus.Allowed)
            return PipelineOutcome.Rejected(RocketChatErrorResult.Forbidden());
        return PipelineOutcome.Accepted(zones.For(await reporting, check.Caller));
    }
}
