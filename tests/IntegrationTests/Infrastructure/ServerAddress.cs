using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>Where a Kestrel server told to listen on port 0 ended up.</summary>
public static class ServerAddress
{
    /// <summary>Its one address, read from the started server.</summary>
    public static Uri Of(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
}
