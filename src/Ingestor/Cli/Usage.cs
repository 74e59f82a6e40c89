namespace OmniCharts.Ingestor.Cli;

/// <summary>The help text.</summary>
public static class Usage
{
    /// <summary>Printed by <c>--help</c> and after a usage error.</summary>
    public const string Text = """
        Usage: dotnet run --project src/Ingestor -- replay --from DIR [--wait] [--wait-timeout SECONDS]

        Replays a Rocket.Chat mongoexport directory as OmniCharts events on RabbitMQ, in this order:
        rocketchat_settings.json, rocketchat_permissions.json, users.json, rocketchat_room.json,
        rocketchat_message.json (any may be absent; one extended-JSON document per line, or --jsonArray).

          --from DIR              the export directory
          --wait                  then wait until the Projector has handled every published event
          --wait-timeout SECONDS  how long --wait waits (default 600)
          -h, --help              show this text

        Configuration (environment): ConnectionStrings__rabbitmq (default amqp://guest:guest@127.0.0.1:5672/),
        Bus__EntityPrefix; for --wait also ConnectionStrings__redis and ReadModel__KeyPrefix.

        Exit codes: 0 done, 1 some lines rejected (the others were published), 2 usage error or missing DIR,
        3 RabbitMQ unreachable or a publish failed, 4 --wait timed out, 5 the Projector failed some events.

        """;
}
