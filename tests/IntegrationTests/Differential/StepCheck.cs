namespace OmniCharts.IntegrationTests.Differential;

/// <summary>Called by a path after each step, once the read model holds everything the path fed; false stops the path.</summary>
public delegate Task<bool> StepCheck(PathStep step);
