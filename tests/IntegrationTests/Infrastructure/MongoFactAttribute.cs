namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// A test that needs a MongoDB server (<see cref="MongoServer"/>: <c>ConnectionStrings__mongodb</c>, or a
/// Testcontainers replica set where a Docker engine answers). None can be installed on our machines, so there
/// it reports as skipped with the reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MongoFactAttribute : FactAttribute
{
    public const string Variable = MongoServer.Variable;

    public MongoFactAttribute()
    {
        if (MongoServer.WhyUnavailable is { } reason)
            Skip = reason;
    }

    public static string ConnectionString => MongoServer.ConnectionString;
}
