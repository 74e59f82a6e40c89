using System.Text.RegularExpressions;
using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>The shipped <c>deploy/nginx/omnicharts.conf.template</c>: its variables, its exact locations, filled in.</summary>
internal static partial class NginxTemplate
{
    public const string RelativePath = "deploy/nginx/omnicharts.conf.template";
    public const string Listen = "OMNICHARTS_LISTEN";
    public const string QueryApi = "OMNICHARTS_QUERYAPI";
    public const string RocketChat = "OMNICHARTS_ROCKETCHAT";

    public static string Text => File.ReadAllText(RepositoryRoot.Combine(RelativePath));

    /// <summary>Every <c>${NAME}</c> of the template, in order of appearance, once each.</summary>
    public static IReadOnlyList<string> Variables(string text) =>
        VariablePattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToArray();

    /// <summary>What <c>envsubst '${OMNICHARTS_LISTEN} …'</c> writes: the three variables filled in, nginx's own left alone.</summary>
    public static string Render(string listen, string queryApi, string rocketChat)
    {
        var values = new Dictionary<string, string> { [Listen] = listen, [QueryApi] = queryApi, [RocketChat] = rocketChat };
        return VariablePattern().Replace(Text, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"{RelativePath} uses ${{{match.Groups[1].Value}}}, which the deployments do not set."));
    }

    /// <summary>The <c>location = PATH { … }</c> blocks: each exact path with its directives, whitespace collapsed.</summary>
    public static IReadOnlyList<(string Path, string Body)> ExactLocations(string text) =>
        ExactLocationPattern().Matches(text)
            .Select(m => (m.Groups[1].Value, WhitespacePattern().Replace(m.Groups[2].Value, " ").Trim()))
            .ToArray();

    [GeneratedRegex(@"\$\{(\w+)\}")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"^\s*location\s+=\s+(\S+)\s*\{([^}]*)\}", RegexOptions.Multiline)]
    private static partial Regex ExactLocationPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
