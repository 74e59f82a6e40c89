using System.Globalization;
using MongoDB.Bson;

namespace OmniCharts.UnitTests.Reference.Workspace;

/// <summary>Applies a change event's <c>updateDescription</c> to the document before it, as a consumer of deltas would.</summary>
internal static class UpdateDescriptions
{
    public static BsonDocument Apply(BsonDocument before, BsonDocument description)
    {
        var document = before.DeepClone().AsBsonDocument;
        foreach (var path in description["removedFields"].AsBsonArray.Select(p => p.AsString))
            Parent(document, path).AsBsonDocument.Remove(Last(path));
        foreach (var field in description["updatedFields"].AsBsonDocument)
        {
            var parent = Parent(document, field.Name);
            if (parent is BsonArray array)
            {
                var index = int.Parse(Last(field.Name), CultureInfo.InvariantCulture);
                if (index == array.Count)
                    array.Add(field.Value);
                else
                    array[index] = field.Value;
            }
            else
            {
                parent.AsBsonDocument[Last(field.Name)] = field.Value;
            }
        }
        return document;
    }

    private static BsonValue Parent(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var step in path.Split('.')[..^1])
            current = current is BsonArray array ? array[int.Parse(step, CultureInfo.InvariantCulture)] : current[step];
        return current;
    }

    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];
}
