namespace OmniCharts.ReadModel.Generations;

/// <summary>What <c>{prefix}:state</c> says of one generation.</summary>
/// <param name="Name">The generation, e.g. <c>v2</c> or <c>v2.3</c>.</param>
/// <param name="Status"><c>building</c> or <c>ready</c>; null when the state does not name it.</param>
/// <param name="Source">What builds or built it.</param>
/// <param name="Started">When its build began (ISO 8601).</param>
/// <param name="Ready">When its build was complete (ISO 8601).</param>
/// <param name="Progress">The build's last progress line.</param>
public sealed record GenerationInfo(string Name, string? Status, string? Source, string? Started, string? Ready, string? Progress)
{
    /// <summary>True when the generation holds everything its source had.</summary>
    public bool IsReady => Status == Keys.StateField.StatusReady;
}
