using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>One HMGET of a read plan: a bucket hash and the fields wanted from it.</summary>
/// <param name="Key">The month or slot hash.</param>
/// <param name="Fields">The distinct fields, in the order their values come back.</param>
public sealed record HashRead(RedisKey Key, IReadOnlyList<RedisValue> Fields);
