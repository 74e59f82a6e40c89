using System.Text.Json.Nodes;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>docker-compose.yml, which no machine here can run: it parses, and says what the deployment needs.</summary>
public sealed class DockerComposeTests
{
    private static readonly Lazy<Task<JsonNode>> Compose = new(async () => (await ManifestValidator.ReadYamlAsync("docker-compose.yml")).Single()!);

    [Fact]
    public async Task Redis_keeps_an_append_only_file_on_a_named_volume_and_never_evicts()
    {
        var compose = await Compose.Value;
        var redis = compose["services"]!["redis"]!;
        var command = redis["command"]!.AsArray().Select(a => (string)a!).ToArray();

        Assert.Equal("yes", command[Array.IndexOf(command, "--appendonly") + 1]);
        Assert.Equal("everysec", command[Array.IndexOf(command, "--appendfsync") + 1]);
        Assert.Equal("noeviction", command[Array.IndexOf(command, "--maxmemory-policy") + 1]);
        var volume = Assert.Single(redis["volumes"]!.AsArray().Select(v => (string)v!));
        Assert.EndsWith(":/data", volume, StringComparison.Ordinal);
        Assert.True(compose["volumes"]!.AsObject().ContainsKey(volume.Split(':')[0]), $"{volume} is not a named volume");
    }

    [Fact]
    public async Task The_dropin_nginx_runs_the_shipped_template_with_its_variables()
    {
        var nginx = (await Compose.Value)["services"]!["nginx"]!;

        Assert.Contains($"./{NginxTemplate.RelativePath}:/etc/nginx/templates/omnicharts.conf.template:ro", nginx["volumes"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(NginxTemplate.Variables(NginxTemplate.Text).Order(), nginx["environment"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal("queryapi:5080", (string?)nginx["environment"]![NginxTemplate.QueryApi]);
    }
}
