namespace OmniCharts.IntegrationTests.Ingestor;

/// <summary>A temporary mongoexport directory, deleted with the test.</summary>
internal sealed class ExportDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ingestor-test-").FullName;

    public string Write(string fileName, params string[] lines)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        File.WriteAllLines(file, lines);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
