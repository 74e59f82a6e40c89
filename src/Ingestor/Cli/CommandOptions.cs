namespace OmniCharts.Ingestor.Cli;

/// <summary>The parsed arguments of one command: <see cref="ReplayOptions"/> or <see cref="BackfillOptions"/>.</summary>
public abstract record CommandOptions;
