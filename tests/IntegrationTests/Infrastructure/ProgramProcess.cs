using System.Diagnostics;
using System.Text;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// One of the programs (<c>Projector</c>, <c>QueryApi</c>) run as the process an operator starts, from its build
/// output beside this test assembly's configuration, with the test's environment; killed at the end if still running.
/// </summary>
public sealed class ProgramProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ProgramProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>Everything the program wrote, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    /// <summary>Starts <c>src/{project}</c>'s build with <paramref name="environment"/> added to the test's own.</summary>
    public static ProgramProcess Start(string project, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var dll = Path.Combine(RepositoryRoot(), "src", project, "bin", Configuration(), "net10.0", $"OmniCharts.{project}.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"{dll} is missing: build the solution first (scripts/test.sh does)", dll);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        // Plain lines, no colours: the test reads them.
        start.Environment["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "false";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        var program = new ProgramProcess(new Process { StartInfo = start });
        program.process.OutputDataReceived += (_, line) => program.Append(line.Data);
        program.process.ErrorDataReceived += (_, line) => program.Append(line.Data);
        program.process.Start();
        program.process.BeginOutputReadLine();
        program.process.BeginErrorReadLine();
        return program;
    }

    /// <summary>Waits for the process to exit and returns its exit code; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the program still ran after {timeout.TotalSeconds} s:\n{Output}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails the test if the program exits first or at the deadline.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited)
                Assert.Fail($"the program exited with {process.ExitCode} before writing '{text}':\n{Output}");
            if (DateTime.UtcNow > until)
                Assert.Fail($"the program did not write '{text}' within {timeout.TotalSeconds} s:\n{Output}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OmniCharts.slnx")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"no OmniCharts.slnx above {AppContext.BaseDirectory}");
    }

    // The configuration this test assembly was built in: bin/{Configuration}/net10.0/.
    private static string Configuration() => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
}
