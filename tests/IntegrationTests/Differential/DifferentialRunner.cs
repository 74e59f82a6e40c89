using System.Diagnostics;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.Reference.Workspace;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// Runs a path over a workspace and, after each step, compares every answer of the QueryApi (charts-data, overview and
/// agent-overview) with the oracles' over the step's reference documents and checks that no team chat is kept. The
/// first failure is shrunk to the smallest history that still fails (replaying the path up to the failing step and
/// asking only the failing request) and printed with <see cref="WorkspaceScript.Describe"/>, the request and both bodies.
/// </summary>
public sealed class DifferentialRunner(IDifferentialPath path, ParityApi api, ITestOutputHelper output)
{
    /// <summary>How long a failing test may spend shrinking (seconds), 180 unless set.</summary>
    public const string ShrinkVariable = "DIFFERENTIAL_SHRINK_SECONDS";

    private const int ShownOperations = 120;

    // The overview answers with data a run must see: card groups with a value, agent tables with a row.
    private const int MinimumOverviewsWithData = 40;

    /// <summary>What was compared; a run that compared too little fails.</summary>
    public DifferentialTally Tally { get; } = new();

    public async Task RunAsync(SimulatedWorkspace workspace, int minimumNonZeroCharts)
    {
        var clock = Stopwatch.StartNew();
        var last = HistorySteps.Of(workspace)[^1].Index;
        StepFailure? failure = null;
        await path.RunAsync(workspace, async step =>
        {
            var requests = step.Step.Index == last || DifferentialHistories.Soak > 0
                ? DifferentialRequests.All(workspace)
                : DifferentialRequests.ForStep(workspace, step.Step);
            var compared = Tally.Compared;
            var mismatch = await DifferentialCheck.CompareAsync(api, step.Reference, requests, Tally);
            var teamChat = await TeamChatCheck.ProblemAsync(api.KeyPrefix, workspace, step.DeliveredRooms);
            output.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {path.Name}: {step}: {Tally.Compared - compared} requests{(mismatch is null ? "" : ", MISMATCH")}{(teamChat is null ? "" : ", TEAM CHAT KEPT")}");
            if (mismatch is null && teamChat is null)
                return true;
            failure = new StepFailure(step, mismatch, teamChat);
            return false;
        });
        if (failure is not null)
            Assert.Fail(await ReportAsync(workspace, failure));
        output.WriteLine($"{path.Name}, {workspace}: {Tally} in {clock.Elapsed.TotalSeconds:F1} s");
        Tally.AssertParity(minimumNonZeroCharts, MinimumOverviewsWithData);
    }

    private async Task<string> ReportAsync(SimulatedWorkspace workspace, StepFailure failure)
    {
        var smallest = await ShrinkAsync(workspace.Script, failure);
        var operations = smallest.Script.Describe().Split('\n');
        var shown = operations.Length <= ShownOperations + 2 ? operations
            : [.. operations.Take(ShownOperations), $"… {operations.Length - ShownOperations - 2} more operations", operations[^1]];
        return $"""
            {path.Name} differs from the oracle at {failure.Step} of {workspace} ({api}).
            {failure.Describe()}
            {Tally.MismatchCount} of {Tally.Compared} answers differed so far.

            Shrunk in {smallest.Tries} runs to {smallest.Script.Operations.Count} of {workspace.Script.Operations.Count} operations{(smallest.Failure is null ? " (nothing smaller failed)" : "")}, where:
            {(smallest.Failure ?? failure).Describe()}
            {string.Join('\n', shown)}
            """;
    }

    private async Task<(WorkspaceScript Script, StepFailure? Failure, int Tries)> ShrinkAsync(WorkspaceScript script, StepFailure failure)
    {
        var budget = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable(ShrinkVariable), out var seconds) ? seconds : 180);
        var deadline = Stopwatch.StartNew();
        StepFailure? smallest = null;
        var tries = 0;
        // The shrinker calls back synchronously; off xunit's synchronization context the blocking wait cannot deadlock.
        var shrunk = await Task.Run(() => ScriptShrinker.Shrink(script, candidate =>
        {
            if (deadline.Elapsed > budget)
                return false;
            tries++;
            var found = FailsAsync(WorkspacePlayer.Play(candidate), failure).GetAwaiter().GetResult();
            smallest = found ?? smallest;
            return found is not null;
        }, maxTries: 200));
        output.WriteLine($"shrinking: {tries} runs in {deadline.Elapsed.TotalSeconds:F0} s");
        return (shrunk, smallest, tries);
    }

    // Replays the path up to the failing step and checks there only what failed: the request, or the team chat.
    private async Task<StepFailure?> FailsAsync(SimulatedWorkspace candidate, StepFailure failure)
    {
        StepFailure? found = null;
        try
        {
            await path.RunAsync(candidate, async step =>
            {
                if (step.Identity != failure.Step.Identity)
                    return true;
                if (failure.Mismatch is { } mismatch)
                {
                    var again = await DifferentialCheck.CompareAsync(api, step.Reference, [mismatch.Request], new DifferentialTally());
                    found = again is null ? null : new StepFailure(step, again, null);
                }
                else if (await TeamChatCheck.ProblemAsync(api.KeyPrefix, candidate, step.DeliveredRooms) is { } teamChat)
                {
                    found = new StepFailure(step, null, teamChat);
                }
                return false;
            });
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A candidate on which the path itself fails (a timeout, an exit code) is not the failure being shrunk.
            output.WriteLine($"shrinking: a candidate failed otherwise: {error.Message}");
            return null;
        }
        return found;
    }
}
