namespace OmniCharts.Reference.ChartsData;

/// <summary>What Rocket.Chat answers: the HTTP status and the exact JSON body.</summary>
public sealed record ChartAnswer(int Status, string Body);
