using OmniCharts.Contracts;
using OmniCharts.Projector.Directory;
using OmniCharts.Projector.Messages;
using OmniCharts.Projector.Rooms;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// Hands an event to the Projector's own consumers' validation and mapping (their <c>Plan</c>) without RabbitMQ,
/// so the fast parity path runs exactly the write each consumer would apply in its batch and the
/// <see cref="ReadModelWriter"/> it calls; only the transport and the batching are left out.
/// </summary>
public static class ConsumerDispatch
{
    public static Task ApplyAsync(ReadModelWriter writer, object message) => message switch
    {
        RoomChanged m => RoomChangedConsumer.Plan(m)(writer),
        RoomDeleted m => RoomDeletedConsumer.Plan(m)(writer),
        MessageChanged m => MessageChangedConsumer.Plan(m)(writer),
        MessageDeleted m => MessageDeletedConsumer.Plan(m)(writer),
        UserChanged m => UserChangedConsumer.Plan(m)(writer),
        UserDeleted m => UserDeletedConsumer.Plan(m)(writer),
        PermissionChanged m => PermissionChangedConsumer.Plan(m)(writer),
        SettingChanged m => SettingChangedConsumer.Plan(m)(writer),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "no consumer"),
    };
}
