using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Service;

// `serve` is the long-running Ingestor (live tail, polling, webhooks); every other command is a one-shot CLI run.
if (args is ["serve", .. var serviceArgs])
    return await IngestorService.RunAsync(serviceArgs);
return await IngestorCli.RunAsync(args, CliConsole.System);
