using MongoDB.Bson;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Reference;
using OmniCharts.Reference.Histories;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// Turns a history's changes into the contract events the Ingestor would publish: documents through the real
/// <see cref="DocumentMapper"/>, deletions into the deletion events with the deletion's version. Each change is
/// mapped on its own, as a change feed would; what the mapper skips (rooms that are not Omnichannel) is dropped.
/// </summary>
public static class ContractEvents
{
    public static IReadOnlyList<object> Of(History history)
    {
        var roomOfMessage = history.Changes
            .Where(c => c is { Collection: Collections.Messages, Document: not null })
            .GroupBy(c => c.Id)
            .ToDictionary(g => g.Key, g => g.First().Document!["rid"].AsString, StringComparer.Ordinal);
        return [.. history.Changes.Select(change => Map(change, roomOfMessage)).OfType<object>()];
    }

    private static object? Map(DocumentChange change, IReadOnlyDictionary<string, string> roomOfMessage)
    {
        if (change.IsDeletion)
        {
            return change.Collection switch
            {
                Collections.Rooms => new RoomDeleted(change.Id, change.Version),
                Collections.Messages => new MessageDeleted(change.Id, roomOfMessage[change.Id], change.Version),
                Collections.Users => new UserDeleted(change.Id, change.Version),
                _ => throw new InvalidOperationException($"No deletion event for {change.Collection} {change.Id}."),
            };
        }

        var outcome = DocumentMapper.Map(CollectionOf(change.Collection), change.Document!);
        return outcome.Kind switch
        {
            OutcomeKind.Publish => outcome.Event,
            OutcomeKind.Skip => null,
            _ => throw new InvalidOperationException(
                $"The Ingestor rejects a generated {change.Collection} document: {outcome.Reason}\n{change.Document!.ToJson()}"),
        };
    }

    private static RocketChatCollection CollectionOf(string name) => name switch
    {
        Collections.Rooms => RocketChatCollection.Rooms,
        Collections.Messages => RocketChatCollection.Messages,
        Collections.Users => RocketChatCollection.Users,
        Collections.Permissions => RocketChatCollection.Permissions,
        Collections.Settings => RocketChatCollection.Settings,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
