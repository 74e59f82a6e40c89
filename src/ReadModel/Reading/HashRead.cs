using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>One HMGET of a read plan: a bucket hash and the fields wanted from it.</summary>
/// <param name="Key">The bucket hash.</param>
/// <param name="Fields">The distinct fields, in the order their values come back.</param>
public sealed record HashRead(RedisKey Key, RedisValue[] Fields);
