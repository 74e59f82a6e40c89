namespace OmniCharts.IntegrationTests.Ingestor;

/// <summary>An event the test bus received, with the run id header it carried.</summary>
internal sealed record ReceivedEvent(object Message, string? RunId);
