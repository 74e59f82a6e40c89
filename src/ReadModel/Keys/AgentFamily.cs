namespace OmniCharts.ReadModel.Keys;

/// <summary>
/// The per-agent bucket families. Each field of an agent hash holds a family's numbers together, separated by spaces
/// (one field per agent and bucket instead of one per metric: the finest buckets hold about one field per room, so
/// this is what keeps them small). A field whose additive numbers all fall to 0 is deleted.
/// </summary>
public static class AgentFamily
{
    /// <summary>
    /// Grouped by <c>servedBy.username</c>: rooms, Σ max(1, counted messages), then sum and count (ms, rooms with a
    /// value &gt; 0) of <c>metrics.chatDuration</c>, <c>metrics.response.avg</c> and <c>metrics.reaction.ft</c>.
    /// </summary>
    public const string Served = "sv";

    /// <summary>
    /// Grouped by <c>responseBy.username</c>, rooms with <c>metrics.response.ft</c> &gt; 0: sum in ms, count, minimum in ms
    /// (the minimum is kept exact from the slot's first-response index, <see cref="RedisKeySchema.FirstResponseIndex"/>).
    /// </summary>
    public const string FirstResponse = "rb";

    /// <summary>The numbers of a <see cref="Served"/> field, by position.</summary>
    public static class ServedIndex
    {
        /// <summary>Rooms served.</summary>
        public const int Rooms = 0;

        /// <summary>Σ max(1, counted messages).</summary>
        public const int Messages = 1;

        /// <summary>Σ chatDuration ms.</summary>
        public const int ChatDurationSum = 2;

        /// <summary>Rooms with chatDuration.</summary>
        public const int ChatDurationCount = 3;

        /// <summary>Σ response.avg ms.</summary>
        public const int ResponseAverageSum = 4;

        /// <summary>Rooms with response.avg.</summary>
        public const int ResponseAverageCount = 5;

        /// <summary>Σ reaction.ft ms.</summary>
        public const int ReactionSum = 6;

        /// <summary>Rooms with reaction.ft.</summary>
        public const int ReactionCount = 7;

        /// <summary>How many numbers a field holds.</summary>
        public const int Length = 8;
    }

    /// <summary>The numbers of a <see cref="FirstResponse"/> field, by position.</summary>
    public static class FirstResponseIndex
    {
        /// <summary>Σ response.ft ms.</summary>
        public const int Sum = 0;

        /// <summary>Rooms with response.ft.</summary>
        public const int Count = 1;

        /// <summary>The least response.ft ms (not additive).</summary>
        public const int Minimum = 2;

        /// <summary>How many numbers a field holds.</summary>
        public const int Length = 3;
    }
}
