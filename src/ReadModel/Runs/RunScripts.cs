using OmniCharts.ReadModel.Writing;

namespace OmniCharts.ReadModel.Runs;

/// <summary>The two run scripts: marking event numbers (the projector) and reading a run's progress (the Ingestor).</summary>
internal static class RunScripts
{
    public static readonly WriteScript Mark = WriteScript.FromResource("OmniCharts.ReadModel.Runs.MarkRun.lua");
    public static readonly WriteScript Read = WriteScript.FromResource("OmniCharts.ReadModel.Runs.ReadRun.lua");
}
