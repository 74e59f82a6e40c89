namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// A test that needs a MongoDB server. None can be installed on our machines, so without
/// <c>ConnectionStrings__mongodb</c> it reports as skipped with that reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MongoFactAttribute : FactAttribute
{
    public const string Variable = "ConnectionStrings__mongodb";

    public MongoFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"No MongoDB server: set {Variable} (e.g. mongodb://127.0.0.1:27017) to run this test.";
    }

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable)!;
}
