using OmniCharts.QueryApi.Auth;
using OmniCharts.QueryApi.Availability;
using OmniCharts.QueryApi.Charts;
using OmniCharts.QueryApi.Reporting;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Pipeline;

/// <summary>
/// What every read endpoint does before its own work, in one Redis round trip: the read model's state, the caller
/// (user, token, permission), the reporting settings and the endpoint's own reads go out in one batch; then 503 when
/// the read model cannot answer (<see cref="ReadModelGate"/>), 401 and 403 in Rocket.Chat's order. Without both auth
/// headers the answer is 401 and nothing is read.
/// </summary>
public sealed class RequestPipeline(
    IConnectionMultiplexer redis, LiveGeneration live, ReadModelGate gate, CallerAuthenticator authenticator, ReportingZones zones)
{
    /// <summary>
    /// Runs the shared reads with <paramref name="queueReads"/>'s, which read the generation it is given (and may queue
    /// nothing and return null); the endpoint awaits what it queued once the outcome is not a rejection, and reads
    /// anything more from <see cref="PipelineOutcome.Keys"/>. When a rebuild switched generations since the keys were
    /// chosen, everything is read once more from the new live one, so <paramref name="queueReads"/> may run twice.
    /// </summary>
    public async Task<PipelineOutcome> RunAsync(HttpRequest request, Func<IBatch, RedisKeySchema, Task?> queueReads)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(queueReads);
        var keys = live.Keys;
        while (true)
        {
            var batch = redis.GetDatabase().CreateBatch();
            var caller = authenticator.Queue(batch, request.Headers, keys);
            if (caller.IsCompleted && caller.Result.Caller is null)
                return PipelineOutcome.Rejected(RocketChatErrorResult.Unauthorized());

            var state = ReadModelGate.Queue(batch, keys);
            var reporting = zones.Queue(batch, keys);
            var reads = queueReads(batch, keys);
            batch.Execute();
            await Task.WhenAll(caller, state, reporting, reads ?? Task.CompletedTask);

            var availability = gate.Check(await state, keys);
            if (availability.Availability == Availability.Availability.Unavailable)
                return PipelineOutcome.Rejected(RocketChatErrorResult.Unavailable(availability.Reason!));
            if (availability.Availability == Availability.Availability.Switched)
            {
                keys = live.Keys;
                continue;
            }

            var check = await caller;
            if (check.Caller is null)
                return PipelineOutcome.Rejected(RocketChatErrorResult.Unauthorized());
            if (check.Status != CallerStatus.Allowed)
                return PipelineOutcome.Rejected(RocketChatErrorResult.Forbidden());
            return PipelineOutcome.Accepted(zones.For(await reporting, check.Caller), keys);
        }
    }
}
