using System.Reflection;
using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector;
using OmniCharts.Projector.Messaging;
using RabbitMQ.Client.Exceptions;

using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Projector;

/// <summary>The queues and exchanges one bus prefix creates, so a test can leave the broker as it found it.</summary>
public static class BusEntities
{
    private static readonly string[] QueueSuffixes = ["", "_error", "_skipped"];

    public static IEnumerable<string> QueuesOf(string prefix)
    {
        var formatter = BusNaming.EndpointNames(prefix);
        var consumerName = typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!;
        return typeof(ProjectorRegistration).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericType: false } && typeof(IConsumer).IsAssignableFrom(t))
            .Select(t => (string)consumerName.MakeGenericMethod(t).Invoke(formatter, null)!)
            .SelectMany(queue => QueueSuffixes.Select(suffix => queue + suffix));
    }

    /// <summary>The contracts' exchanges, and the ones MassTransit publishes <c>Fault&lt;T&gt;</c> to when a consumer fails.</summary>
    public static IEnumerable<string> MessageExchangesOf(string prefix)
    {
        var contracts = typeof(RoomChanged).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<EntityNameAttribute>() is not null)
            .ToList();
        return contracts.Select(t => t.GetCustomAttribute<EntityNameAttribute>()!.EntityName)
            .Concat(contracts.Select(t => $"MassTransit:Fault--{t.Namespace}:{t.Name}--"))
            .Append("MassTransit:Fault")
            .Select(name => prefix + "." + name);
    }

    public static async Task DeleteAsync(string prefix)
    {
        await using var connection = await TestRabbitMq.ConnectAsync();
        foreach (var queue in QueuesOf(prefix))
        {
            await IgnoreMissingAsync(async () =>
            {
                await using var channel = await connection.CreateChannelAsync();
                await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
                await channel.ExchangeDeleteAsync(queue);
            });
        }

        foreach (var exchange in MessageExchangesOf(prefix))
        {
            await IgnoreMissingAsync(async () =>
            {
                await using var channel = await connection.CreateChannelAsync();
                await channel.ExchangeDeleteAsync(exchange);
            });
        }
    }

    private static async Task IgnoreMissingAsync(Func<Task> delete)
    {
        try
        {
            await delete();
        }
        catch (OperationInterruptedException)
        {
            // Never created by this test (for example an error queue nothing faulted into).
        }
    }
}
