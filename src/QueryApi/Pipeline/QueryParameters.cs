using Microsoft.AspNetCore.WebUtilities;

namespace OmniCharts.QueryApi.Pipeline;

/// <summary>A query string's parameters as the endpoints' validators read them: every value of a repeated name, in order; nameless pairs skipped.</summary>
internal static class QueryParameters
{
    /// <summary>Decodes <paramref name="queryString"/> (with or without its leading <c>?</c>).</summary>
    public static Dictionary<string, List<string>> Parse(string? queryString)
    {
        var query = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in new QueryStringEnumerable(queryString))
        {
            var name = pair.DecodeName().ToString();
            if (name.Length == 0)
                continue;
            if (!query.TryGetValue(name, out var values))
                query.Add(name, values = []);
            values.Add(pair.DecodeValue().ToString());
        }

        return query;
    }
}
