using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Service;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Projector;

namespace OmniCharts.IntegrationTests.Ingestor.Service;

public sealed class IngestorServiceTests
{
    // Nothing listens on port 1: the service must start, and say what it does, without MongoDB.
    private const string UnreachableMongo = "mongodb://127.0.0.1:1/rocketchat?serverSelectionTimeoutMS=300&connectTimeoutMS=300";

    [Theory]
    [InlineData("polling", IngestionMode.Polling, "Ingestor:Mode is polling")]
    [InlineData("auto", IngestionMode.Starting, "the change stream failed")]
    public async Task Serve_starts_on_a_random_port_and_reports_its_mode(string mode, IngestionMode expected, string reason)
    {
        var settings = TestEnvironment.Settings(TestEnvironment.NewKeyPrefix(), TestEnvironment.NewBusPrefix());
        settings["urls"] = "http://127.0.0.1:0";
        settings["ConnectionStrings:mongodb"] = UnreachableMongo;
        settings["Ingestor:Mode"] = mode;
        settings["Ingestor:Poll:Interval"] = "01:00:00";
        settings["Ingestor:ChangeStream:RetryInterval"] = "01:00:00";
        await using var app = IngestorService.Build([], settings);
        await app.StartAsync();
        try
        {
            var status = app.Services.GetRequiredService<IngestionStatus>();
            await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(status.Mode.Reason.StartsWith(reason, StringComparison.Ordinal)), $"mode {expected}");
            using var client = new HttpClient { BaseAddress = new Uri(Address(app)) };
            var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

            Assert.Equal(expected, status.Mode.Mode);
            Assert.True(live.IsSuccessStatusCode, $"/health/live answered {live.StatusCode}");
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
