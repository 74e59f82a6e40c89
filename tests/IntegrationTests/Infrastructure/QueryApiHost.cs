using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>The QueryApi hosted in memory over the real Redis, reading the keys under one prefix.</summary>
public static class QueryApiHost
{
    /// <param name="readModelReady">
    /// Record in the prefix's state that its read model is complete, as a finished replay would: the tests of the
    /// numbers fill the read model themselves. False leaves the state as it is (the tests of the 503s).
    /// </param>
    public static WebApplicationFactory<Program> Create(
        string keyPrefix, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null, bool readModelReady = true)
    {
        if (readModelReady)
            MarkReadyAsync(keyPrefix).GetAwaiter().GetResult();
        return new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ReadModel:KeyPrefix", keyPrefix);
            web.UseSetting("ConnectionStrings:redis", TestRedis.ConnectionString);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                web.UseSetting(key, value);
            if (clock is not null)
                web.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
        });
    }

    /// <summary>Records that the read model under <paramref name="keyPrefix"/> is built and complete.</summary>
    public static async Task MarkReadyAsync(string keyPrefix)
    {
        var state = new ReadModelStateStore(TestRedis.Connection, new RedisKeySchema(keyPrefix), TimeProvider.System);
        var build = await state.BeginBuildAsync("a test's own writes");
        await state.MarkReadyAsync(build.Generation);
    }
}
