namespace OmniCharts.ReadModel.Hosting;

/// <summary>The outcome of checking Redis' <c>maxmemory-policy</c>.</summary>
public enum RedisEvictionVerdict
{
    /// <summary><c>noeviction</c>: Redis refuses a write rather than delete a key.</summary>
    KeepsEverything,

    /// <summary>CONFIG GET is disabled or renamed: the policy is unknown; a warning, and the program goes on.</summary>
    Unknown,

    /// <summary>Redis does not answer: checked again once it connects.</summary>
    Unreachable,

    /// <summary>Another policy, allowed by <c>ReadModel__AllowEvictingRedis=true</c>: a warning.</summary>
    AllowedToEvict,

    /// <summary>Another policy: the program refuses to run.</summary>
    Refused,
}
