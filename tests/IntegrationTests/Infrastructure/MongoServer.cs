using System.Net.Sockets;
using System.Text;
using Testcontainers.MongoDb;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// Where the MongoDB tests find a server: <c>ConnectionStrings__mongodb</c> when it is set, otherwise a one-node
/// replica set (change streams and pre-images need one) started with Testcontainers where a Docker engine
/// answers. Our build machines have neither, so there the tests report as skipped with <see cref="WhyUnavailable"/>.
/// </summary>
internal static class MongoServer
{
    public const string Variable = "ConnectionStrings__mongodb";
    private const string DockerSocket = "/var/run/docker.sock";

    private static readonly Lazy<string?> Unavailable = new(FindWhyUnavailable);
    private static readonly Lazy<string> Started = new(() => Task.Run(StartContainerAsync).GetAwaiter().GetResult());

    /// <summary>Null when a server can be had, else why not.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    /// <summary>The configured server, or the container, started on first use and removed when the test process ends.</summary>
    public static string ConnectionString => Configured ?? Started.Value;

    private static string? Configured =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : null;

    private static string? FindWhyUnavailable()
    {
        if (Configured is not null || Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || DockerAnswers())
            return null;
        return $"No MongoDB server: set {Variable} (e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0) or run where a Docker engine answers, to run this test.";
    }

    private static async Task<string> StartContainerAsync()
    {
        var container = new MongoDbBuilder("mongo:7.0").WithReplicaSet("rs0").Build();
        await container.StartAsync().ConfigureAwait(false);
        // Testcontainers' Ryuk removes the container when this process exits.
        return container.GetConnectionString();
    }

    // The Docker CLI may be installed without an engine (as on our machines): only an answered ping counts.
    private static bool DockerAnswers()
    {
        if (!File.Exists(DockerSocket))
            return false;
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified) { ReceiveTimeout = 2000, SendTimeout = 2000 };
            socket.Connect(new UnixDomainSocketEndPoint(DockerSocket));
            socket.Send(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
            var buffer = new byte[64];
            var read = socket.Receive(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
