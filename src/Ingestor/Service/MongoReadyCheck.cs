using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Bson;
using MongoDB.Driver;

namespace OmniCharts.Ingestor.Service;

/// <summary>Ready when Rocket.Chat's database answers <c>ping</c>.</summary>
public sealed class MongoReadyCheck(IMongoDatabase database) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: deadline.Token);
            return HealthCheckResult.Healthy($"MongoDB database '{database.DatabaseNamespace.DatabaseName}' answered ping");
        }
        catch (Exception e) when (e is MongoException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"MongoDB database '{database.DatabaseNamespace.DatabaseName}' does not answer ping", e);
        }
    }
}
