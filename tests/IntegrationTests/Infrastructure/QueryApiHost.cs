using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>The QueryApi hosted in memory over the real Redis, reading the keys under one prefix.</summary>
public static class QueryApiHost
{
    public static WebApplicationFactory<Program> Create(
        string keyPrefix, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ReadModel:KeyPrefix", keyPrefix);
            web.UseSetting("ConnectionStrings:redis", TestRedis.ConnectionString);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                web.UseSetting(key, value);
            if (clock is not null)
                web.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
        });
}
