namespace OmniCharts.Ingestor.Cli;

/// <summary>The help text.</summary>
public static class Usage
{
    /// <summary>Printed by <c>--help</c> and after a usage error.</summary>
    public const string Text = """
        Usage: dotnet run --project src/Ingestor -- replay --from DIR [--wait] [--wait-timeout SECONDS]
               dotnet run --project src/Ingestor -- backfill --mongo URI [--since DATE] [--rate N] [--page-size N]
                                                             [--restart] [--wait] [--wait-timeout SECONDS]
               dotnet run --project src/Ingestor -- rebuild (--from DIR | --mongo URI) [--rate N] [--page-size N]
                                                            [--wait-timeout SECONDS] [--keep-old SECONDS]
               dotnet run --project src/Ingestor -- serve [--urls URL]

        replay: publishes a Rocket.Chat mongoexport directory as OmniCharts events on RabbitMQ, in this order:
        rocketchat_settings.json, rocketchat_permissions.json, users.json, rocketchat_room.json,
        rocketchat_message.json (any may be absent; one extended-JSON document per line, or --jsonArray).

        backfill: reads the same collections from Rocket.Chat's MongoDB (a secondary when there is one), in pages,
        and publishes the same events; each Omnichannel room page is followed by its rooms' messages. It resumes
        from its Redis checkpoints; once complete, running it again reads nothing unless --restart.

        On an empty read model, replay and backfill build it: they wait for the Projector even without --wait and
        then mark it complete (until then the QueryApi answers 503 saying so). On a complete one they update it.

        rebuild: builds a new generation of the read model beside the live one, from a folder or from MongoDB,
        while the QueryApi keeps answering from the live one; changes the live tail sees meanwhile reach both; once
        the Projector applied everything it switches generations in one step and deletes the old one.

        serve: the long-running Ingestor (http://127.0.0.1:5081): follows Rocket.Chat's MongoDB
        (ConnectionStrings__mongodb) by change streams, or polling where they are unavailable, reconciles on a
        cron, takes Omnichannel webhooks as hints, and serves /metrics, /health/live and /health/ready
        (docs/mongodb-live.md, docs/ingestor-service.md).

          --from DIR              replay: the export directory
          --mongo URI             backfill: MongoDB connection string naming the database (mongodb://h:27017/rocketchat)
          --since DATE            backfill: only rooms started at or after DATE (2025-01-31 is UTC midnight, or an
                                  ISO 8601 time) and their messages; settings, permissions and users are read whole
          --rate N                backfill: documents read per second at most (default 2000; 0 for no limit)
          --page-size N           backfill: documents per query, rooms per message query (default 500, max 10000)
          --restart               backfill: forget the checkpoints and read everything again
          --wait                  then wait until the Projector has handled every published event
          --wait-timeout SECONDS  how long --wait waits (default 600; rebuild: 7200)
          --keep-old SECONDS      rebuild: how long the old generation stays after the switch (default 10)
          -h, --help              show this text

        Configuration (environment): ConnectionStrings__rabbitmq (default amqp://guest:guest@127.0.0.1:5672/),
        Bus__EntityPrefix; ConnectionStrings__redis and ReadModel__KeyPrefix for --wait and for backfill's checkpoints.

        Exit codes: 0 done, 1 some documents rejected (the others were published), 2 usage error or missing DIR,
        3 RabbitMQ unreachable or a publish failed, 4 --wait timed out, 5 the Projector failed some events,
        6 MongoDB or Redis failed (backfill and rebuild: run them again to resume).

        """;
}
