using OmniCharts.Ingestor.Cli;

return await IngestorCli.RunAsync(args, CliConsole.System);
