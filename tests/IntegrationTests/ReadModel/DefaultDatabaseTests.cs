using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Hosting;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;
using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.ReadModel;

public sealed class DefaultDatabaseTests
{
    [Fact]
    public async Task The_read_model_lives_in_the_database_the_connection_string_names()
    {
        const int database = 7;
        var prefix = TestEnvironment.NewKeyPrefix();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = $"{TestRedis.ConnectionString},defaultDatabase={database}",
            ["ReadModel:KeyPrefix"] = prefix,
        });
        builder.AddReadModelRedis();
        builder.Services.AddSingleton<ReadModelWriter>();
        using var host = builder.Build();
        var keys = host.Services.GetRequiredService<RedisKeySchema>();
        var writer = host.Services.GetRequiredService<ReadModelWriter>();

        try
        {
            var applied = await writer.ApplyRoomAsync(
                new RoomSnapshot("room-1", 1, true, 1_767_225_600_000, null, RoomMetrics.None));

            Assert.True(applied);
            Assert.True(await TestRedis.Connection.GetDatabase(database).KeyExistsAsync(keys.Room("room-1")));
            Assert.False(await TestRedis.Connection.GetDatabase(0).KeyExistsAsync(keys.Room("room-1")));
        }
        finally
        {
            await DeleteAsync(TestRedis.Connection.GetDatabase(database), keys.Root);
        }
    }

    private static async Task DeleteAsync(IDatabase db, string root)
    {
        var server = TestRedis.Connection.GetServers()[0];
        await foreach (var key in server.KeysAsync(db.Database, root + "*"))
            await db.KeyDeleteAsync(key);
    }
}
