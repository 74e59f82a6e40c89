using MongoDB.Bson;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>One document read from an export file, or the parser's reason why it could not be read.</summary>
/// <param name="Location"><c>FILE:LINE</c> (or <c>FILE:[N]</c>, the N-th element of a JSON-array export).</param>
/// <param name="Document">The parsed document, or null when <paramref name="Error"/> is set.</param>
/// <param name="Error">The parser's reason, or null.</param>
public sealed record ExportRecord(string Location, BsonDocument? Document, string? Error);
