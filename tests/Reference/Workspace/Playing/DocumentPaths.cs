using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Dotted paths over documents that are shared between versions: changes copy each document on the way.</summary>
internal static class DocumentPaths
{
    public static BsonValue? Get(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var step in path.Split('.'))
        {
            if (current is not BsonDocument inner || !inner.TryGetValue(step, out var next))
                return null;
            current = next;
        }
        return current;
    }

    /// <summary>
    /// The parent document of the path's last step in <paramref name="root"/> (itself a fresh copy), copying every
    /// document on the way so that earlier versions stay as they were; null when a step is missing and not created.
    /// </summary>
    public static BsonDocument? WritableParent(BsonDocument root, string path, bool create)
    {
        var steps = path.Split('.');
        var current = root;
        foreach (var step in steps[..^1])
        {
            if (current.TryGetValue(step, out var next) && next is BsonDocument inner)
            {
                var copy = (BsonDocument)inner.Clone();
                current[step] = copy;
                current = copy;
            }
            else if (create)
            {
                var created = new BsonDocument();
                current[step] = created;
                current = created;
            }
            else
            {
                return null;
            }
        }
        return current;
    }

    public static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];

    /// <summary>The shortest prefix of <paramref name="path"/> that <paramref name="document"/> lacks, or null when it has the whole path.</summary>
    public static string? FirstMissingPrefix(BsonDocument document, string path)
    {
        var steps = path.Split('.');
        BsonValue current = document;
        for (var i = 0; i < steps.Length; i++)
        {
            if (current is not BsonDocument inner || !inner.TryGetValue(steps[i], out var next))
                return string.Join('.', steps[..(i + 1)]);
            current = next;
        }
        return null;
    }
}
