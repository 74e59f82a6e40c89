namespace OmniCharts.QueryApi.Pipeline;

/// <summary>Registers the steps every read endpoint shares.</summary>
public static class PipelineRegistration
{
    /// <summary>Adds <see cref="RequestPipeline"/>; needs the availability, auth and reporting registrations.</summary>
    public static IHostApplicationBuilder AddRequestPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RequestPipeline>();
        return builder;
    }
}
