using System.Globalization;
using System.Text.RegularExpressions;

namespace OmniCharts.Reference.ChartsData.Validation;

/// <summary>
/// Checks the query like AJV with <c>allErrors: false</c>: required (start, end, chartName: the order of the public doc),
/// then additional properties, then each property in schema order (start, end, departmentId, chartName); the first problem wins.
/// </summary>
internal static partial class ParameterValidator
{
    private static readonly string[] Required = ["start", "end", "chartName"];
    private static readonly string[] Known = ["start", "end", "departmentId", "chartName"];

    public static string? FirstProblem(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var names = query.Select(p => p.Key).ToList();
        var missing = Required.FirstOrDefault(r => !names.Contains(r));
        if (missing is not null)
            return ValidationMessages.Missing(missing);
        if (names.Any(n => !Known.Contains(n)))
            return ValidationMessages.UnknownParameter;
        foreach (var name in Known)
        {
            var values = query.Where(p => p.Key == name).Select(p => p.Value).ToList();
            if (values.Count > 1)
                return ValidationMessages.Repeated;
            if (values.Count == 0)
                continue;
            if (name == "chartName" && !ChartNames.All.Contains(values[0]))
                return ValidationMessages.UnknownChart;
            if (name is "start" or "end" && ParseDate(values[0]) is null)
                return ValidationMessages.NotADate;
        }
        return null;
    }

    /// <summary>Reads a query that <see cref="FirstProblem"/> accepted.</summary>
    public static ChartParameters Read(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        string? Value(string name) => query.FirstOrDefault(p => p.Key == name).Value;
        var department = Value("departmentId");
        return new ChartParameters(
            Value("chartName")!,
            ParseDate(Value("start")!)!.Value,
            ParseDate(Value("end")!)!.Value,
            department is null or "" or "undefined" ? null : department);
    }

    private static DateOnly? ParseDate(string text) =>
        DatePattern().IsMatch(text) &&
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DatePattern();
}
