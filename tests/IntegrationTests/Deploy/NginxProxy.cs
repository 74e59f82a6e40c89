using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>
/// A real nginx (Debian's, installed by scripts/install-test-tools.sh) running the shipped template in front of two
/// upstreams, on a free loopback port, with its own prefix, temp folders and logs. One process in the foreground
/// (master_process off) so that disposing it stops everything it started.
/// </summary>
internal sealed class NginxProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(15);
    private readonly Process process;
    private readonly string folder;

    private NginxProxy(Process process, string folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Address = new Uri($"http://127.0.0.1:{port}");
        // Cookies are sent as a raw header and redirects are answers to compare, not to follow.
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>
    /// nginx's <c>$upstream_status</c> for the last request of this target: one status per upstream tried, and after
    /// a fallback (error_page) the QueryApi's statuses, " : ", then Rocket.Chat's ("503 : 200"); 502 when a
    /// connection was refused, 504 when it timed out. nginx logs a request just after answering it, hence the wait.
    /// </summary>
    public async Task<string> UpstreamStatusAsync(string target)
    {
        var prefix = $"{target} \"";
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var path = Path.Combine(folder, "access.log");
            var line = File.Exists(path) ? File.ReadAllLines(path).LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) : null;
            if (line is not null)
                return line[prefix.Length..^1];
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"nginx logged no request for {target} within 5 s");
            await Task.Delay(20);
        }
    }

    public string ErrorLog => File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : "";

    /// <summary>Starts nginx with the template filled in for these upstreams (<c>host:port</c> each).</summary>
    public static async Task<NginxProxy> StartAsync(string queryApi, string rocketChat)
    {
        // Another process may take the free port between the probe and nginx's bind: then try another.
        for (var attempt = 1; ; attempt++)
        {
            var proxy = Launch(FreePort(), queryApi, rocketChat);
            if (await proxy.WaitUntilListeningAsync())
                return proxy;
            var log = proxy.ErrorLog;
            await proxy.DisposeAsync();
            if (attempt == 3 || !log.Contains("Address already in use", StringComparison.Ordinal))
                throw new InvalidOperationException($"nginx did not start listening within {StartDeadline.TotalSeconds} s. Its error log:\n{log}");
        }
    }

    private static NginxProxy Launch(int port, string queryApi, string rocketChat)
    {
        var folder = Directory.CreateTempSubdirectory("omnicharts-nginx-").FullName;
        File.WriteAllText(Path.Combine(folder, "omnicharts.conf"), NginxTemplate.Render($"127.0.0.1:{port}", queryApi, rocketChat));
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), MainConfig(folder));
        var start = new ProcessStartInfo(Executable(), ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        // Drained so that a chatty nginx never blocks on a full pipe; everything worth reading is in error.log.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new NginxProxy(process, folder, port);
    }

    // The shipped file is an http-context file, included here as an operator's nginx.conf includes conf.d/*.conf.
    private static string MainConfig(string folder) => $$"""
        daemon off;
        master_process off;
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        events { worker_connections 256; }
        http {
            log_format upstreams '$request_uri "$upstream_status"';
            access_log {{folder}}/access.log upstreams;
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            include {{folder}}/omnicharts.conf;
        }
        """;

    private async Task<bool> WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + StartDeadline;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            // nginx writes its pid file after it bound its port, so an answer is nginx's and not another process's.
            if (!File.Exists(Path.Combine(folder, "nginx.pid")))
            {
                await Task.Delay(50);
                continue;
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Address.Port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // nginx lives in /usr/sbin, which a non-root PATH often lacks.
    private static string Executable()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/usr/local/sbin", "/sbin"]);
        return folders.Select(f => Path.Combine(f, "nginx")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: run scripts/install-test-tools.sh (./scripts/test.sh does).");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
