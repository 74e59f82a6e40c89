using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Hosting;
using OmniCharts.ReadModel.Runs;
using OmniCharts.ReadModel.Writing;
using StackExchange.Redis;

namespace OmniCharts.Projector;

/// <summary>Everything the Projector runs, so that the program and in-process tests host the same thing.</summary>
public static class ProjectorRegistration
{
    /// <summary>
    /// Adds the read-model writer (<c>ConnectionStrings:redis</c>, <c>ReadModel:KeyPrefix</c>), the check that Redis keeps
    /// every key (<c>ReadModel:AllowEvictingRedis</c>) and the RabbitMQ consumers (<c>ConnectionStrings:rabbitmq</c>, <c>Bus:EntityPrefix</c>).
    /// </summary>
    public static IHostApplicationBuilder AddProjector(this IHostApplicationBuilder builder)
    {
        builder.AddReadModelRedis();
        builder.Services.AddSingleton<ReadModelGenerations>();
        builder.Services.AddSingleton(services => new ReadModelWriter(
            services.GetRequiredService<IConnectionMultiplexer>(), services.GetRequiredService<ReadModelGenerations>()));
        builder.AddRedisEvictionGuard();
        builder.Services.AddSingleton<RunProgressWriter>();
        return builder.AddProjectorBus();
    }
}
