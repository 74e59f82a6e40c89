using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// One way OmniCharts reads Rocket.Chat, driven over a simulated workspace through the real Ingestor code, RabbitMQ
/// and the Projector into one read model (the same key prefix every run, emptied first), which the QueryApi reads.
/// </summary>
public interface IDifferentialPath
{
    /// <summary>The path's name in failure messages.</summary>
    string Name { get; }

    /// <summary>Feeds <paramref name="workspace"/> from an empty read model, calling <paramref name="check"/> after each step until it returns false.</summary>
    Task RunAsync(SimulatedWorkspace workspace, StepCheck check);
}
