namespace OmniCharts.Ingestor.Cli;

/// <summary>Parsed arguments: options to run, a help request, or an error.</summary>
/// <param name="Options">The command's options, when the arguments were valid.</param>
/// <param name="Help">True for <c>--help</c>.</param>
/// <param name="Error">What is wrong with the arguments.</param>
public sealed record CommandLineResult(CommandOptions? Options, bool Help, string? Error);
