namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>The shipped nginx template routes exactly the shared list of paths, all the same way.</summary>
public sealed class NginxTemplateTests
{
    [Fact]
    public void Its_exact_locations_are_the_shared_paths()
    {
        var paths = NginxTemplate.ExactLocations(NginxTemplate.Text).Select(l => l.Path);

        Assert.Equal(AnalyticsPaths.All, paths);
    }

    [Fact]
    public void Its_exact_locations_differ_only_by_their_path()
    {
        var bodies = NginxTemplate.ExactLocations(NginxTemplate.Text).Select(l => l.Body).Distinct().ToArray();

        var body = Assert.Single(bodies);
        Assert.Contains("proxy_pass http://omnicharts_queryapi;", body, StringComparison.Ordinal);
    }

    [Fact]
    public void It_has_exactly_the_three_variables_the_deployments_set()
    {
        Assert.Equal(
            [NginxTemplate.Listen, NginxTemplate.QueryApi, NginxTemplate.RocketChat],
            NginxTemplate.Variables(NginxTemplate.Text).Order());
    }
}
