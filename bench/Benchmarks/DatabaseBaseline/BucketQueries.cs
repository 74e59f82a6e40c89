namespace OmniCharts.Benchmarks.DatabaseBaseline;

/// <summary>
/// One query per bucket, as Rocket.Chat issues them: the bucket's rooms by <c>ts</c> (and department), with only
/// the field the chart reads projected out of the stored document; the reduction happens in the application.
/// </summary>
public static class BucketQueries
{
    private const string Rooms = "FROM rocketchat_room r WHERE r.t = 'l' AND r.ts BETWEEN @gte AND @lte";
    private const string InDepartment = " AND r.department_id = @department";

    /// <summary>The query of one bucket of <paramref name="chartName"/>: one row per room, one value column.</summary>
    public static string For(string chartName, bool byDepartment)
    {
        var from = byDepartment ? Rooms + InDepartment : Rooms;
        return chartName switch
        {
            "Total_conversations" => $"SELECT 1::float8 {from}",
            // A room's counted messages: those with neither `t` nor `token` (missing or null), found through `rid`.
            "Total_messages" => $"SELECT (SELECT count(*) FROM rocketchat_message m WHERE m.rid = r.id AND m.doc->>'t' IS NULL AND m.doc->>'token' IS NULL)::float8 {from}",
            "Avg_chat_duration" => $"SELECT {Number("'{metrics,chatDuration}'")} {from}",
            "Avg_response_time" => $"SELECT {Number("'{metrics,response,avg}'")} {from}",
            "Avg_reaction_time" => $"SELECT {Number("'{metrics,reaction,ft}'")} {from}",
            _ => $"SELECT {Number("'{metrics,response,ft}'")} {from}",
        };
    }

    // A metric that is absent, null or not a number reads as NULL, which the reduction leaves out.
    private static string Number(string path) =>
        $"CASE WHEN jsonb_typeof(r.doc #> {path}) = 'number' THEN (r.doc #>> {path})::float8 END";
}
