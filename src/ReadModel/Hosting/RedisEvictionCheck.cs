namespace OmniCharts.ReadModel.Hosting;

/// <summary>What <see cref="RedisEvictionPolicy.CheckAsync"/> found, and the message that says it.</summary>
/// <param name="Verdict">Whether the program may start.</param>
/// <param name="Message">What was found and, when it is not <c>noeviction</c>, how to fix it.</param>
public sealed record RedisEvictionCheck(RedisEvictionVerdict Verdict, string Message);
