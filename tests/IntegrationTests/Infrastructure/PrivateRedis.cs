using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// A redis-server of the test's own, on a free loopback port, for a configuration the shared Redis must not be given
/// (its configuration is never changed). The binary is the one deploy/start-services.sh installs. Killed at the end.
/// </summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private readonly Process process;

    private PrivateRedis(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts redis-server without persistence and with <paramref name="arguments"/>, and waits until it answers PING.</summary>
    public static Task<PrivateRedis> StartAsync(params string[] arguments) => StartOnAsync(FreePort(), arguments);

    /// <summary>The same on <paramref name="port"/>: a server that comes back where another was.</summary>
    public static async Task<PrivateRedis> StartOnAsync(int port, params string[] arguments)
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start; run deploy/start-services.sh to install it");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var redis = new PrivateRedis(process, port);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await redis.AnswersAsync())
        {
            if (process.HasExited || DateTime.UtcNow > until)
            {
                await redis.DisposeAsync();
                throw new InvalidOperationException($"redis-server {string.Join(' ', arguments)} did not answer on port {port}");
            }

            await Task.Delay(50);
        }

        return redis;
    }

    private bool disposed;

    /// <summary>Kills the server (a second call does nothing).</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
            return;
        disposed = true;
        if (!process.HasExited)
            process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var reply = new byte[7];
            var read = await stream.ReadAsync(reply);
            return read >= 5 && reply[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
