using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>A small Kestrel server on a free loopback port, for the stand-ins behind the nginx under test.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary><c>host:port</c>, as an nginx <c>upstream</c> names a server.</summary>
    public string HostAndPort => $"{Address.Host}:{Address.Port}";

    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        configure(app);
        await app.StartAsync();
        return new LoopbackServer(app, ServerAddress.Of(app.Services));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
