namespace OmniCharts.QueryApi.Observability;

/// <summary>
/// <c>X-Served-By: OmniCharts</c> on every answer, so that an operator behind the drop-in proxy can tell an answer
/// of the QueryApi from one of Rocket.Chat (the fallback): <c>curl -sI … | grep X-Served-By</c>.
/// </summary>
public static class ServedByHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "X-Served-By";

    /// <summary>The header's value.</summary>
    public const string Value = "OmniCharts";

    /// <summary>Adds the header to every response, set when the headers are sent so that nothing later clears it.</summary>
    public static IApplicationBuilder UseServedByHeader(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Name] = Value;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
