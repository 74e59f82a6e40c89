using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;

namespace OmniCharts.Ingestor.Sources.MongoDb;

/// <summary>Registers the client of Rocket.Chat's MongoDB database.</summary>
public static class MongoRegistration
{
    /// <summary>The database when <c>ConnectionStrings__mongodb</c> is not set: a local Rocket.Chat's replica set.</summary>
    public const string DefaultMongo = "mongodb://127.0.0.1:27017/rocketchat?replicaSet=rs0";

    /// <summary>Rocket.Chat's database name when the connection string names none.</summary>
    public const string DefaultDatabase = "rocketchat";

    /// <summary>
    /// Adds <see cref="IMongoClient"/> and <see cref="IMongoDatabase"/> from <c>ConnectionStrings:mongodb</c>, the
    /// database being the one the URI names (Rocket.Chat's <c>MONGO_URL</c> can be used as it is). The driver
    /// connects lazily, so the service starts, and reports not ready, while MongoDB is unreachable.
    /// </summary>
    public static IHostApplicationBuilder AddRocketChatMongo(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("mongodb");
        var url = MongoUrl.Create(string.IsNullOrWhiteSpace(configured) ? DefaultMongo : configured);
        builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(url));
        builder.Services.AddSingleton(services =>
            services.GetRequiredService<IMongoClient>().GetDatabase(url.DatabaseName ?? DefaultDatabase));
        return builder;
    }
}
