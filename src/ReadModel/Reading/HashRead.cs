using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>One read of a read plan: a bucket hash and the fields wanted from it.</summary>
/// <param name="Key">The bucket hash.</param>
/// <param name="Fields">The distinct fields (HMGET), in the order their values come back; null for all of them (HGETALL).</param>
public sealed record HashRead(RedisKey Key, RedisValue[]? Fields);
