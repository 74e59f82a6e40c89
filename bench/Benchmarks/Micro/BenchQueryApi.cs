using Microsoft.AspNetCore.Http;
using OmniCharts.QueryApi.Auth;
using OmniCharts.QueryApi.Availability;
using OmniCharts.QueryApi.Pipeline;
using OmniCharts.QueryApi.Reporting;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>What a whole-request benchmark needs around its query: a complete read model, a manager, a request.</summary>
public static class BenchQueryApi
{
    /// <summary>Writes a manager who may read everything, marks the read model complete and returns the request pipeline over it (server zone UTC).</summary>
    public static RequestPipeline ReadyPipeline(BenchRedis redis, ReadModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(writer);
        writer.ApplyUserAsync(new UserSnapshot("manager", 1, ["admin"], [LoginToken.Hash("token")], null)).GetAwaiter().GetResult();
        var state = new ReadModelStateStore(redis.Connection, redis.Keys, TimeProvider.System);
        var build = state.BeginBuildAsync("synthetic rooms").GetAwaiter().GetResult();
        state.MarkReadyAsync(build.Generation).GetAwaiter().GetResult();
        var live = new LiveGeneration(redis.Keys);
        return new RequestPipeline(redis.Connection, live, new ReadModelGate(live), new CallerAuthenticator(live),
            new ReportingZones(live, new ServerTimeZone(TimeZoneInfo.Utc)));
    }

    /// <summary>A request of that manager with <paramref name="query"/> (starting with '?').</summary>
    public static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["X-User-Id"] = "manager";
        context.Request.Headers["X-Auth-Token"] = "token";
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
