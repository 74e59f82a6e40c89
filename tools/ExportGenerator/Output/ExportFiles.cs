using System.Text;
using OmniCharts.ExportGenerator.Cli;

namespace OmniCharts.ExportGenerator.Output;

/// <summary>The five files mongoexport would write, one document per line.</summary>
public static class ExportFiles
{
    /// <summary>The file names, by collection.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["rocketchat_room.json", "rocketchat_message.json", "users.json", "rocketchat_permissions.json", "rocketchat_settings.json"];

    /// <summary>Writes an export into <paramref name="directory"/>, streaming: memory stays flat whatever the size.</summary>
    public static ExportCounts WriteTo(string directory, GeneratorOptions options)
    {
        Directory.CreateDirectory(directory);
        var writers = Names.Select(name => new StreamWriter(Path.Combine(directory, name), false, new UTF8Encoding(false), 1 << 16)).ToArray();
        try
        {
            return ExportComposer.Write(options, new ExportWriters(writers[0], writers[1], writers[2], writers[3], writers[4]));
        }
        finally
        {
            foreach (var writer in writers)
                writer.Dispose();
        }
    }
}
