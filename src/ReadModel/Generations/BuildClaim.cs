namespace OmniCharts.ReadModel.Generations;

/// <summary>The answer to a bulk source's request to build: what it found and the generation it writes.</summary>
/// <param name="Start">Whether it builds, takes a build over, or only updates a complete read model.</param>
/// <param name="Generation">The generation its changes reach.</param>
/// <param name="Replaced">The generation of another layout this build replaces (<see cref="BuildStart.ReplacedOtherLayout"/>).</param>
public sealed record BuildClaim(BuildStart Start, string Generation, string? Replaced = null)
{
    /// <summary>True when this source must mark the generation ready once all its events are applied.</summary>
    public bool Builds => Start != BuildStart.AlreadyReady;
}
