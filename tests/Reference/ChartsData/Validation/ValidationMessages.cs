namespace OmniCharts.Reference.ChartsData.Validation;

/// <summary>
/// Every "&lt;what is wrong&gt;" text of a 400, in one place so it can be aligned with the QueryApi.
/// They are AJV v8's messages (what Rocket.Chat's validators print), without the instance path.
/// </summary>
public static class ValidationMessages
{
    /// <summary>A required parameter is absent.</summary>
    public static string Missing(string name) => $"must have required property '{name}'";

    /// <summary>A parameter that is not one of the four.</summary>
    public const string UnknownParameter = "must NOT have additional properties";

    /// <summary>A parameter given more than once (Express turns it into an array).</summary>
    public const string Repeated = "must be string";

    /// <summary><c>chartName</c> is not one of the seven names.</summary>
    public const string UnknownChart = "must be equal to one of the allowed values";

    /// <summary><c>start</c> or <c>end</c> is not <c>YYYY-MM-DD</c> or not a real calendar date.</summary>
    public const string NotADate = "must match format \"date\"";
}
