using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>An update of one document with MongoDB's operators, on dotted paths. <c>_updatedAt</c> is added when it is applied.</summary>
internal sealed class DocumentUpdate
{
    public List<(string Path, BsonValue Value)> Sets { get; } = [];
    public List<(string Path, int By)> Increments { get; } = [];
    public List<string> Unsets { get; } = [];
    public List<(string Path, BsonValue Value)> Pushes { get; } = [];
    public List<(string Path, BsonValue Value)> AddsToSet { get; } = [];
    public List<(string Path, Func<BsonValue, bool> Match)> Pulls { get; } = [];

    public DocumentUpdate Set(string path, BsonValue value)
    {
        Sets.Add((path, value));
        return this;
    }

    public DocumentUpdate Inc(string path, int by)
    {
        Increments.Add((path, by));
        return this;
    }

    public DocumentUpdate Unset(string path)
    {
        Unsets.Add(path);
        return this;
    }

    public DocumentUpdate Push(string path, BsonValue value)
    {
        Pushes.Add((path, value));
        return this;
    }

    public DocumentUpdate AddToSet(string path, BsonValue value)
    {
        AddsToSet.Add((path, value));
        return this;
    }

    public DocumentUpdate Pull(string path, Func<BsonValue, bool> match)
    {
        Pulls.Add((path, match));
        return this;
    }
}
