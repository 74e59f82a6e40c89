using System.Runtime.CompilerServices;
using MongoDB.Bson;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>
/// Reads a mongoexport file: one extended-JSON document per line (relaxed or canonical), or one JSON array
/// (<c>--jsonArray</c>). A line that does not parse is returned with the parser's reason and reading goes on.
/// </summary>
public static class ExportFileReader
{
    /// <summary>The documents of <paramref name="path"/>, in file order.</summary>
    public static async IAsyncEnumerable<ExportRecord> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        if (StartsWithArray(reader))
        {
            foreach (var record in JsonArrayExport.Read(path, reader))
                yield return record;
            yield break;
        }

        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
                yield return ParseLine($"{path}:{lineNumber}", line);
        }
    }

    /// <summary>Parses one line of extended JSON.</summary>
    public static ExportRecord ParseLine(string location, string line)
    {
        try
        {
            return new ExportRecord(location, BsonDocument.Parse(line), null);
        }
        catch (Exception error) when (error is FormatException or BsonException or ArgumentException or InvalidOperationException)
        {
            return new ExportRecord(location, null, error.Message);
        }
    }

    private static bool StartsWithArray(StreamReader reader)
    {
        int next;
        while ((next = reader.Peek()) >= 0 && char.IsWhiteSpace((char)next))
            reader.Read();
        return next == '[';
    }
}
