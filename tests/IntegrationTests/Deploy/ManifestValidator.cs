using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>
/// Runs <c>tests/Deploy/k8s-validate/validate.mjs</c> (Node, with the pinned kubernetes-models that
/// scripts/install-test-tools.sh installs) on kustomization folders or manifest files, and reads other YAML files.
/// </summary>
internal static class ManifestValidator
{
    public const string Folder = "tests/Deploy/k8s-validate";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What the validator read from each path (relative to the checkout, or absolute) and found wrong in it.</summary>
    public static async Task<IReadOnlyList<ValidatedInput>> RunAsync(params string[] paths) =>
        JsonSerializer.Deserialize<ValidatorOutput>(await NodeAsync("validate.mjs", paths), Json)!.Inputs;

    /// <summary>The documents of a YAML file (a path inside the checkout), as JSON; a YAML error fails with its message.</summary>
    public static async Task<JsonArray> ReadYamlAsync(string relativePath) =>
        JsonNode.Parse(await NodeAsync("to-json.mjs", [RepositoryRoot.Combine(relativePath)]))!.AsArray();

    private static async Task<string> NodeAsync(string script, string[] arguments)
    {
        if (!Directory.Exists(RepositoryRoot.Combine($"{Folder}/node_modules")))
            throw new InvalidOperationException($"{Folder}/node_modules is missing: run scripts/install-test-tools.sh (./scripts/test.sh does).");
        var start = new ProcessStartInfo("node", [RepositoryRoot.Combine($"{Folder}/{script}"), .. arguments])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using (var deadline = new CancellationTokenSource(Deadline))
        {
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{script} did not finish within {Deadline.TotalSeconds} s");
            }
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{script} exited with {process.ExitCode}: {await errors}");
        return await output;
    }

    private sealed record ValidatorOutput(ValidatedInput[] Inputs);
}

/// <summary>One path given to the validator: the files its kustomization lists, the objects it builds, the problems found.</summary>
internal sealed record ValidatedInput(string Path, string[] Listed, ValidatedObject[] Objects, string[] Errors)
{
    /// <summary>The one object of this kind and name.</summary>
    public JsonNode Get(string kind, string name) =>
        Objects.Select(o => o.Manifest).SingleOrDefault(m => (string?)m["kind"] == kind && (string?)m["metadata"]?["name"] == name)
        ?? throw new Xunit.Sdk.XunitException($"{Path} builds no {kind} {name}");

    public IEnumerable<JsonNode> OfKind(string kind) => Objects.Select(o => o.Manifest).Where(m => (string?)m["kind"] == kind);
}

/// <summary>A built object and the file it came from.</summary>
internal sealed record ValidatedObject(string Source, JsonObject Manifest);
