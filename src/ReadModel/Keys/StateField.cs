namespace OmniCharts.ReadModel.Keys;

/// <summary>The fields of <c>{prefix}:state</c>, the read model's own account of what it holds.</summary>
public static class StateField
{
    /// <summary>Raised by every change of <see cref="Live"/> or <see cref="Building"/>; a writer that saw another one reads the state again.</summary>
    public const string Version = "ver";

    /// <summary>The generation the QueryApi answers from; absent before the first build began.</summary>
    public const string Live = "live";

    /// <summary>A generation being built beside the live one (a rebuild); absent otherwise.</summary>
    public const string Building = "building";

    /// <summary><c>status:{generation}</c>: <see cref="StatusBuilding"/> or <see cref="StatusReady"/>.</summary>
    public static string Status(string generation) => "status:" + generation;

    /// <summary><c>source:{generation}</c>: what builds it (replay of a folder, backfill from MongoDB).</summary>
    public static string Source(string generation) => "source:" + generation;

    /// <summary><c>started:{generation}</c>: when its build began (ISO 8601, UTC).</summary>
    public static string Started(string generation) => "started:" + generation;

    /// <summary><c>ready:{generation}</c>: when its build was complete (ISO 8601, UTC).</summary>
    public static string Ready(string generation) => "ready:" + generation;

    /// <summary><c>progress:{generation}</c>: the build's last progress line, with its ETA.</summary>
    public static string Progress(string generation) => "progress:" + generation;

    /// <summary>
    /// The header of an event that must reach one generation only: a rebuild's events go to the generation it builds,
    /// while every other event reaches the live generation and the one being built.
    /// </summary>
    public const string TargetHeader = "OmniCharts-Generation";

    /// <summary>A generation whose build has not finished.</summary>
    public const string StatusBuilding = "building";

    /// <summary>A generation that holds everything its source had.</summary>
    public const string StatusReady = "ready";
}
