namespace OmniCharts.QueryApi.Charts;

/// <summary>The outcome of validating a query: a request, or the first problem in AJV's words.</summary>
/// <param name="Request">The valid request; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">AJV's message for the first failing check, without the <c>[invalid-params]</c> suffix.</param>
public sealed record ChartRequestValidation(ChartRequest? Request, string? Error);
