namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>The checkout the tests run from (the folder holding <c>OmniCharts.slnx</c>), for tests of shipped files.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path inside the checkout, given with forward slashes as in the docs.</summary>
    public static string Combine(string relative) => System.IO.Path.Combine([Path, .. relative.Split('/')]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "OmniCharts.slnx")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No OmniCharts.slnx above {AppContext.BaseDirectory}: run the tests from a checkout.");
    }
}
