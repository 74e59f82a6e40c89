using System.Text.Json.Nodes;
using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>
/// deploy/k8s, validated offline against the Kubernetes API schemas (tests/Deploy/k8s-validate), then checked for
/// what this deployment needs: the routes, Redis' persistence, the replica counts, the gateway's template.
/// </summary>
public sealed class KubernetesManifestsTests
{
    private const string Default = "deploy/k8s";
    private const string Gateway = "deploy/k8s/gateway";

    private static readonly Lazy<Task<IReadOnlyList<ValidatedInput>>> Built = new(() => ManifestValidator.RunAsync([.. KustomizationFolders()]));

    [Fact]
    public async Task Every_kustomization_builds_and_is_valid_against_the_Kubernetes_schemas()
    {
        foreach (var input in await Built.Value)
        {
            Assert.True(input.Errors.Length == 0, $"{input.Path}:\n{string.Join('\n', input.Errors)}");
            Assert.NotEmpty(input.Objects);
        }
    }

    [Fact]
    public async Task Every_file_is_listed_by_the_kustomization_of_its_folder()
    {
        foreach (var folder in Directory.GetDirectories(RepositoryRoot.Combine(Default), "*", SearchOption.AllDirectories))
            Assert.True(File.Exists(Path.Combine(folder, "kustomization.yaml")), $"{folder} has no kustomization.yaml");
        foreach (var input in await Built.Value)
        {
            var files = Directory.GetFiles(RepositoryRoot.Combine(input.Path)).Select(Path.GetFileName).Where(f => f != "kustomization.yaml");

            Assert.Equal(files.Order(StringComparer.Ordinal), input.Listed.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task The_validator_names_each_wrong_field()
    {
        var manifest = Path.Combine(Directory.CreateTempSubdirectory("omnicharts-k8s-").FullName, "wrong.yaml");
        await File.WriteAllTextAsync(manifest, """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: wrong
            spec:
              replicas: three
              selector:
                matchLabels: {app: wrong}
              template:
                metadata:
                  labels: {app: wrong}
                spec:
                  containers:
                    - image: omnicharts-queryapi
                      readinesProbe:
                        httpGet: {path: /health/ready, port: 5080}
            """);

        var errors = (await ManifestValidator.RunAsync(manifest)).Single().Errors;

        Assert.Contains(errors, e => e.EndsWith("Deployment wrong: /spec/replicas must be integer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/spec/template/spec/containers/0 must have required property", StringComparison.Ordinal) && e.EndsWith("name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("/spec/template/spec/containers/0 has no field 'readinesProbe' (Container)", StringComparison.Ordinal));
        Directory.Delete(Path.GetDirectoryName(manifest)!, recursive: true);
    }

    [Fact]
    public async Task The_Ingress_routes_exactly_the_shared_paths_to_the_QueryApi_and_the_rest_to_RocketChat()
    {
        var build = await BuildAsync(Default);
        var paths = build.Get("Ingress", "omnicharts")["spec"]!["rules"]!.AsArray().Single()!["http"]!["paths"]!.AsArray().Select(p => p!).ToArray();
        var queryApiPort = (int)build.Get("Service", "omnicharts-queryapi")["spec"]!["ports"]![0]!["port"]!;

        var exact = paths.Where(p => (string?)p["pathType"] == "Exact").ToArray();
        Assert.Equal(AnalyticsPaths.All, exact.Select(p => (string?)p["path"]));
        Assert.All(exact, p => Assert.Equal(("omnicharts-queryapi", queryApiPort), Backend(p)));
        var rest = Assert.Single(paths.Except(exact));
        Assert.Equal(("/", "Prefix"), ((string?)rest["path"], (string?)rest["pathType"]));
        Assert.Equal(("rocketchat", 3000), Backend(rest));
    }

    [Fact]
    public async Task Redis_keeps_an_append_only_file_on_a_volume_and_never_evicts()
    {
        var redis = (await BuildAsync(Default)).Get("StatefulSet", "omnicharts-redis");
        var container = Containers(redis).Single();
        var args = container["args"]!.AsArray().Select(a => (string)a!).ToArray();

        Assert.Equal("yes", ValueOf(args, "--appendonly"));
        Assert.Equal("everysec", ValueOf(args, "--appendfsync"));
        Assert.Equal("noeviction", ValueOf(args, "--maxmemory-policy"));
        var claim = (string)redis["spec"]!["volumeClaimTemplates"]![0]!["metadata"]!["name"]!;
        Assert.Contains(container["volumeMounts"]!.AsArray(), m => (string?)m!["name"] == claim && (string?)m["mountPath"] == "/data");
    }

    [Fact]
    public async Task Each_part_runs_as_many_replicas_as_it_allows_with_its_probes()
    {
        var build = await BuildAsync(Default);
        var queryApi = build.Get("Deployment", "omnicharts-queryapi");
        var projector = build.Get("Deployment", "omnicharts-projector");
        var ingestor = build.Get("Deployment", "omnicharts-ingestor");

        Assert.True((int)queryApi["spec"]!["replicas"]! >= 2, "the QueryApi is stateless: several replicas");
        Assert.Equal("/health/ready", (string?)Containers(queryApi).Single()["readinessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/health/live", (string?)Containers(queryApi).Single()["livenessProbe"]!["httpGet"]!["path"]);
        Assert.True((int)projector["spec"]!["replicas"]! >= 2, "Projectors are competing consumers of idempotent changes");
        Assert.Equal(1, (int)ingestor["spec"]!["replicas"]!);
        Assert.Equal("Recreate", (string?)ingestor["spec"]!["strategy"]!["type"]);
        Assert.Equal(["serve", "--urls", "http://+:5081"], Containers(ingestor).Single()["args"]!.AsArray().Select(a => (string?)a));
        Assert.NotNull(build.Get("StatefulSet", "omnicharts-rabbitmq")["spec"]!["volumeClaimTemplates"]);
    }

    [Fact]
    public async Task The_gateway_runs_the_shipped_nginx_template_in_front_of_everything()
    {
        var build = await BuildAsync(Gateway);
        var gateway = build.Get("Deployment", "omnicharts-gateway");
        var nginx = Containers(gateway).Single();
        var templates = build.Get("ConfigMap", "omnicharts-gateway-templates");
        var volume = gateway["spec"]!["template"]!["spec"]!["volumes"]!.AsArray().Single(v => v!["configMap"] is not null)!;
        var env = nginx["env"]!.AsArray().ToDictionary(e => (string)e!["name"]!, e => (string?)e!["value"]);
        var queryApiPort = (int)build.Get("Service", "omnicharts-queryapi")["spec"]!["ports"]![0]!["port"]!;

        Assert.Equal(NginxTemplate.Text, (string?)templates["data"]!["omnicharts.conf.template"]);
        Assert.Equal("omnicharts-gateway-templates", (string?)volume["configMap"]!["name"]);
        Assert.Contains(nginx["volumeMounts"]!.AsArray(), m => (string?)m!["name"] == (string?)volume["name"] && (string?)m["mountPath"] == "/etc/nginx/templates");
        Assert.Equal(NginxTemplate.Variables(NginxTemplate.Text).Order(), env.Keys.Order());
        Assert.Equal($"omnicharts-queryapi:{queryApiPort}", env[NginxTemplate.QueryApi]);
        var route = Assert.Single(build.Get("Ingress", "omnicharts")["spec"]!["rules"]![0]!["http"]!["paths"]!.AsArray())!;
        Assert.Equal(("/", "Prefix"), ((string?)route["path"], (string?)route["pathType"]));
        Assert.Equal(("omnicharts-gateway", (int)build.Get("Service", "omnicharts-gateway")["spec"]!["ports"]![0]!["port"]!), Backend(route));
    }

    [Fact]
    public async Task Every_ConfigMap_Secret_and_Service_named_is_deployed()
    {
        // deploy/k8s/backfill is applied after deploy/k8s, so base's objects are there for every folder.
        var deployed = await BuildAsync("deploy/k8s/base");
        foreach (var build in await Built.Value)
        {
            var names = build.Objects.Concat(deployed.Objects).Select(o => $"{o.Manifest["kind"]}/{o.Manifest["metadata"]!["name"]}").ToHashSet();
            foreach (var pod in build.Objects.Select(o => o.Manifest["spec"]?["template"]?["spec"]).OfType<JsonNode>())
            {
                foreach (var source in pod["containers"]!.AsArray().SelectMany(c => c!["envFrom"]?.AsArray() ?? []))
                {
                    if (source!["configMapRef"]?["name"] is { } configMap)
                        Assert.Contains($"ConfigMap/{configMap}", names);
                    if (source["secretRef"]?["name"] is { } secret)
                        Assert.Contains($"Secret/{secret}", names);
                }
            }
            // Rocket.Chat's Service is the operator's; every other backend is built here.
            foreach (var backend in build.OfKind("Ingress").SelectMany(i => i["spec"]!["rules"]!.AsArray()).SelectMany(r => r!["http"]!["paths"]!.AsArray()).Select(p => Backend(p!).Service).Where(s => s != "rocketchat"))
                Assert.Contains($"Service/{backend}", names);
        }
    }

    // The folders holding a kustomization: deploy/k8s and its variants, and deploy/nginx (the gateway's ConfigMap).
    private static IEnumerable<string> KustomizationFolders() =>
        new[] { RepositoryRoot.Combine(Default), RepositoryRoot.Combine("deploy/nginx") }
            .Concat(Directory.GetDirectories(RepositoryRoot.Combine(Default), "*", SearchOption.AllDirectories))
            .Where(folder => File.Exists(Path.Combine(folder, "kustomization.yaml")))
            .Select(folder => Path.GetRelativePath(RepositoryRoot.Path, folder).Replace('\\', '/'));

    private static async Task<ValidatedInput> BuildAsync(string folder)
    {
        var build = (await Built.Value).Single(i => i.Path == folder);
        Assert.True(build.Errors.Length == 0, string.Join('\n', build.Errors));
        return build;
    }

    private static IEnumerable<JsonNode> Containers(JsonNode workload) =>
        workload["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Select(c => c!);

    private static (string? Service, int Port) Backend(JsonNode path) =>
        ((string?)path["backend"]!["service"]!["name"], (int)path["backend"]!["service"]!["port"]!["number"]!);

    private static string? ValueOf(string[] args, string option) =>
        Array.IndexOf(args, option) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
