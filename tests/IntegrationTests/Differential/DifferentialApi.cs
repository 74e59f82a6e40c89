using OmniCharts.IntegrationTests.Parity;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>The QueryApi of a differential test: its clock a day after the simulated window, so that its months are settled and kept.</summary>
public static class DifferentialApi
{
    public static ParityApi Create(string keyPrefix, SimulatedWorkspace workspace, string serverTimeZone, HourlyLabelStyle labels, bool readModelReady) =>
        new(keyPrefix, serverTimeZone, labels, workspace.Script.WindowEnd.AddDays(1).AddHours(9), readModelReady);

    /// <summary>Fails unless the QueryApi refuses to answer with a 503: the read model is not built (or marked ready) yet.</summary>
    public static async Task AssertUnavailableAsync(ParityApi api, SimulatedWorkspace workspace, string when)
    {
        if (DifferentialRequests.All(workspace) is not [DifferentialRequest.Chart { Request: var request }, ..])
            return;
        var (answer, _) = await api.AskAsync(request);
        Assert.True(answer.Status == 503, $"{when}, the QueryApi answered {answer.Status} {answer.Body}, not 503");
    }
}
