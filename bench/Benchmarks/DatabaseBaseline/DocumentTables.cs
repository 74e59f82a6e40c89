namespace OmniCharts.Benchmarks.DatabaseBaseline;

/// <summary>
/// The database baseline's schema: Rocket.Chat's two collections as tables of raw documents (<c>doc jsonb</c>),
/// with the fields MongoDB would index copied into columns and indexed the way a well-tuned Rocket.Chat
/// database is: rooms by <c>{t, ts}</c> and <c>{t, departmentId, ts}</c>, messages by <c>rid</c>.
/// </summary>
public static class DocumentTables
{
    /// <summary>Drops and recreates both tables (unlogged: the load is a benchmark fixture, not data to keep).</summary>
    public const string Create = """
        DROP TABLE IF EXISTS rocketchat_room, rocketchat_message;
        CREATE UNLOGGED TABLE rocketchat_room (id text PRIMARY KEY, t text, ts bigint, department_id text, doc jsonb NOT NULL);
        CREATE UNLOGGED TABLE rocketchat_message (id text PRIMARY KEY, rid text, doc jsonb NOT NULL);
        """;

    /// <summary>The indexes, built after the load because that is faster than maintaining them during it.</summary>
    public const string Index = """
        CREATE INDEX rocketchat_room_t_ts ON rocketchat_room (t, ts);
        CREATE INDEX rocketchat_room_t_department_ts ON rocketchat_room (t, department_id, ts);
        CREATE INDEX rocketchat_message_rid ON rocketchat_message (rid);
        ANALYZE rocketchat_room;
        ANALYZE rocketchat_message;
        """;

    /// <summary>The binary COPY of rooms.</summary>
    public const string CopyRooms = "COPY rocketchat_room (id, t, ts, department_id, doc) FROM STDIN (FORMAT BINARY)";

    /// <summary>The binary COPY of messages.</summary>
    public const string CopyMessages = "COPY rocketchat_message (id, rid, doc) FROM STDIN (FORMAT BINARY)";
}
