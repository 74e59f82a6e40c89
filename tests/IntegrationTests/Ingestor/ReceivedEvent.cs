namespace OmniCharts.IntegrationTests.Ingestor;

/// <summary>An event the test bus received, with the run id header it carried and its number in the run (null without one).</summary>
internal sealed record ReceivedEvent(object Message, string? RunId, long? Sequence = null);
