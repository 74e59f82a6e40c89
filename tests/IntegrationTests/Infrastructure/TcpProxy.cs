using System.Net;
using System.Net.Sockets;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of a real server (RabbitMQ, Redis) that a test can cut: every open connection is
/// closed and, for <c>downtime</c>, new ones are refused, as during a server restart. A plain cut resets the
/// connections; an AMQP cut first sends each client what a stopping RabbitMQ sends, <c>connection.close</c> with
/// 320 CONNECTION_FORCED, between two frames. Nothing on the shared servers is touched; only this test's clients,
/// which connect through <see cref="Port"/>, see the outage.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private const string ShutdownText = "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'";
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint upstream;
    private readonly bool amqp;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<Link> open = [];
    private readonly Task accepting;
    private readonly Queue<(long Bytes, TimeSpan Downtime)> cutsAt = new();
    private readonly Queue<(int Confirms, TimeSpan Downtime)> cutsAfterConfirms = new();
    private long upstreamBytes;
    private DateTime refuseUntil = DateTime.MinValue;

    private TcpProxy(IPEndPoint upstream, bool amqp)
    {
        this.upstream = upstream;
        this.amqp = amqp;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = Task.Run(AcceptAsync);
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port { get; }

    /// <summary>Bytes forwarded from clients to the server so far.</summary>
    public long UpstreamBytes => Interlocked.Read(ref upstreamBytes);

    /// <summary>How many cuts there have been.</summary>
    public int Cuts { get; private set; }

    /// <summary>Starts a proxy to <paramref name="host"/>:<paramref name="port"/> on a free loopback port; <paramref name="amqp"/> for RabbitMQ's shutdown.</summary>
    public static TcpProxy Start(string host, int port, bool amqp = false) =>
        new(new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port), amqp);

    /// <summary>Cuts every connection once clients have sent <paramref name="bytes"/> in all (thresholds in increasing order).</summary>
    public void CutAt(long bytes, TimeSpan downtime)
    {
        lock (gate)
            cutsAt.Enqueue((bytes, downtime));
    }

    /// <summary>
    /// AMQP: after the next cut, cuts again once a connection opened since has carried <paramref name="confirms"/>
    /// publisher confirms (basic.ack) to its client, so that the client saw the server back before the second outage.
    /// </summary>
    public void CutAfterConfirms(int confirms, TimeSpan downtime)
    {
        lock (gate)
            cutsAfterConfirms.Enqueue((confirms, downtime));
    }

    /// <summary>Closes every open connection and refuses new ones for <paramref name="downtime"/>.</summary>
    public async Task CutAsync(TimeSpan downtime)
    {
        List<Link> victims;
        lock (gate)
        {
            refuseUntil = DateTime.UtcNow + downtime;
            victims = [.. open];
            open.Clear();
            Cuts++;
        }

        if (amqp)
        {
            await Task.WhenAll(victims.Select(link => link.SendCloseAsync()));
            // Time for the client to read it and answer close-ok, as from a broker that is going down.
            await Task.Delay(100);
        }

        foreach (var link in victims)
            link.Reset(abort: !amqp);
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

        var link = new Link(client, server);
        lock (gate)
        {
            link.OpenedAfterCut = Cuts;
            open.Add(link);
        }

        await Task.WhenAny(UpstreamAsync(link), amqp ? DownstreamFramesAsync(link) : DownstreamAsync(link));
        lock (gate)
            open.Remove(link);
        link.Reset(abort: !amqp);
    }

    private async Task UpstreamAsync(Link link)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await link.Client.GetStream().ReadAsync(buffer, stopping.Token)) > 0)
            {
                // A client that read connection.close answers close-ok, which the real server never asked for.
                if (link.Closing)
                    continue;
                await link.Server.GetStream().WriteAsync(buffer.AsMemory(0, read), stopping.Token);
                var total = Interlocked.Add(ref upstreamBytes, read);
                TimeSpan? due = null;
                lock (gate)
                {
                    if (cutsAt.TryPeek(out var cut) && total >= cut.Bytes)
                        due = cutsAt.Dequeue().Downtime;
                }

                if (due is { } downtime)
                    _ = Task.Run(() => CutAsync(downtime));
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            // The other side, or a cut, closed the connection.
        }
    }

    private async Task DownstreamAsync(Link link)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await link.Server.GetStream().ReadAsync(buffer, stopping.Token)) > 0)
                await link.WriteToClientAsync(buffer.AsMemory(0, read));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
        }
    }

    // AMQP 0-9-1 frames: type (1), channel (2), size (4, big-endian), payload, 0xCE. Forwarded whole, so that a
    // connection.close can go in between two of them.
    private async Task DownstreamFramesAsync(Link link)
    {
        var stream = link.Server.GetStream();
        var header = new byte[7];
        try
        {
            while (true)
            {
                await stream.ReadExactlyAsync(header, stopping.Token);
                var size = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(3));
                var frame = new byte[7 + size + 1];
                header.CopyTo(frame, 0);
                await stream.ReadExactlyAsync(frame.AsMemory(7), stopping.Token);
                if (!await link.WriteToClientAsync(frame))
                    break;
                // A method frame of basic.ack (class 60, method 80): the server confirmed a publish.
                if (frame[0] == 1 && size >= 4 && frame[7] == 0 && frame[8] == 60 && frame[9] == 0 && frame[10] == 80)
                    ConfirmForwarded(link);
            }

            // Closing: the client is reading connection.close; the cut ends the link.
            await Task.Delay(Timeout.Infinite, stopping.Token);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException or EndOfStreamException)
        {
        }
    }

    private void ConfirmForwarded(Link link)
    {
        TimeSpan? due = null;
        lock (gate)
        {
            var confirms = ++link.Confirms;
            if (Cuts > 0 && link.OpenedAfterCut == Cuts && cutsAfterConfirms.TryPeek(out var cut) && confirms >= cut.Confirms)
                due = cutsAfterConfirms.Dequeue().Downtime;
        }

        if (due is { } downtime)
            _ = Task.Run(() => CutAsync(downtime));
    }

    private static byte[] ConnectionClose()
    {
        var text = System.Text.Encoding.ASCII.GetBytes(ShutdownText);
        var payload = new List<byte> { 0, 10, 0, 50, 0x01, 0x40, (byte)text.Length };
        payload.AddRange(text);
        payload.AddRange([0, 0, 0, 0]);
        var frame = new List<byte> { 1, 0, 0 };
        frame.AddRange(BitConverter.GetBytes(payload.Count).Reverse());
        frame.AddRange(payload);
        frame.Add(0xCE);
        return [.. frame];
    }

    private sealed class Link(TcpClient client, TcpClient server)
    {
        private readonly SemaphoreSlim writing = new(1, 1);
        private volatile bool closing;

        public bool Closing => closing;

        /// <summary>How many cuts there had been when the link opened.</summary>
        public int OpenedAfterCut { get; set; }

        /// <summary>Publisher confirms forwarded to the client.</summary>
        public int Confirms { get; set; }

        public TcpClient Client { get; } = client;

        public TcpClient Server { get; } = server;

        /// <summary>Forwards to the client unless the link is closing; false once it is.</summary>
        public async Task<bool> WriteToClientAsync(ReadOnlyMemory<byte> bytes)
        {
            await writing.WaitAsync();
            try
            {
                if (closing)
                    return false;
                await Client.GetStream().WriteAsync(bytes);
                return true;
            }
            finally
            {
                writing.Release();
            }
        }

        public async Task SendCloseAsync()
        {
            await writing.WaitAsync();
            try
            {
                closing = true;
                await Client.GetStream().WriteAsync(ConnectionClose());
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException)
            {
            }
            finally
            {
                writing.Release();
            }
        }

        /// <summary>Closes both sides; <paramref name="abort"/> with an RST, as a crashed server leaves, else with a FIN.</summary>
        public void Reset(bool abort)
        {
            try
            {
                if (abort)
                    Client.Client.LingerState = new LingerOption(true, 0);
            }
            catch (ObjectDisposedException)
            {
            }

            Client.Dispose();
            Server.Dispose();
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
