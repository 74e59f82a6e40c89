using OmniCharts.Contracts;
using OmniCharts.Projector.Directory;
using OmniCharts.Projector.Messages;
using OmniCharts.Projector.Rooms;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// Hands an event to the Projector's own consumer without RabbitMQ, so the fast parity path runs exactly the
/// consumers' mapping and the <see cref="ReadModelWriter"/> they call; only the transport is left out.
/// </summary>
public static class ConsumerDispatch
{
    public static Task ApplyAsync(ReadModelWriter writer, object message) => message switch
    {
        RoomChanged m => new RoomChangedConsumer(writer).Consume(MessageOnly<RoomChanged>.Of(m)),
        RoomDeleted m => new RoomDeletedConsumer(writer).Consume(MessageOnly<RoomDeleted>.Of(m)),
        MessageChanged m => new MessageChangedConsumer(writer).Consume(MessageOnly<MessageChanged>.Of(m)),
        MessageDeleted m => new MessageDeletedConsumer(writer).Consume(MessageOnly<MessageDeleted>.Of(m)),
        UserChanged m => new UserChangedConsumer(writer).Consume(MessageOnly<UserChanged>.Of(m)),
        UserDeleted m => new UserDeletedConsumer(writer).Consume(MessageOnly<UserDeleted>.Of(m)),
        PermissionChanged m => new PermissionChangedConsumer(writer).Consume(MessageOnly<PermissionChanged>.Of(m)),
        SettingChanged m => new SettingChangedConsumer(writer).Consume(MessageOnly<SettingChanged>.Of(m)),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "no consumer"),
    };
}
