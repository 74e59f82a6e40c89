using System.Net;
using System.Net.Sockets;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of a real server (RabbitMQ, Redis) that a test can cut: every open connection is
/// reset and, for <c>downtime</c>, new ones are refused, as during a server restart. Nothing on the shared
/// servers is touched; only this test's clients, which connect through <see cref="Port"/>, see the outage.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint upstream;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<(TcpClient Client, TcpClient Server)> open = [];
    private readonly Task accepting;
    private long upstreamBytes;
    private DateTime refuseUntil = DateTime.MinValue;

    private TcpProxy(IPEndPoint upstream)
    {
        this.upstream = upstream;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = Task.Run(AcceptAsync);
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port { get; }

    /// <summary>Bytes forwarded from clients to the server so far.</summary>
    public long UpstreamBytes => Interlocked.Read(ref upstreamBytes);

    /// <summary>Connections cut so far (each <see cref="CutAsync"/> counts the connections it reset).</summary>
    public int Cuts { get; private set; }

    /// <summary>Starts a proxy to <paramref name="host"/>:<paramref name="port"/> on a free loopback port.</summary>
    public static TcpProxy Start(string host, int port) =>
        new(new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port));

    /// <summary>Resets every open connection and refuses new ones for <paramref name="downtime"/>.</summary>
    public Task CutAsync(TimeSpan downtime)
    {
        List<(TcpClient Client, TcpClient Server)> victims;
        lock (gate)
        {
            refuseUntil = DateTime.UtcNow + downtime;
            victims = [.. open];
            open.Clear();
            Cuts++;
        }

        foreach (var (client, server) in victims)
        {
            // Linger 0: an RST, as a crashed server leaves, not a polite FIN.
            client.Client.LingerState = new LingerOption(true, 0);
            client.Dispose();
            server.Dispose();
        }

        return Task.CompletedTask;
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            bool refused;
            lock (gate)
                refused = DateTime.UtcNow < refuseUntil;
            if (refused)
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
                continue;
            }

            _ = Task.Run(() => ConnectAsync(client));
        }
    }

    private async Task ConnectAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(upstream, stopping.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            client.Dispose();
            server.Dispose();
            return;
        }

        lock (gate)
            open.Add((client, server));
        await Task.WhenAny(
            PumpAsync(client.GetStream(), server.GetStream(), count: true),
            PumpAsync(server.GetStream(), client.GetStream(), count: false));
        lock (gate)
            open.Remove((client, server));
        client.Dispose();
        server.Dispose();
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool count)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stopping.Token)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), stopping.Token);
                if (count)
                    Interlocked.Add(ref upstreamBytes, read);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            // The other side, or a cut, closed the connection.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await CutAsync(TimeSpan.Zero);
        await accepting;
        stopping.Dispose();
    }
}
