namespace OmniCharts.QueryApi.Auth;

/// <summary>Registers Rocket.Chat-style header authentication for the charts.</summary>
public static class AuthRegistration
{
    /// <summary>Adds <see cref="CallerAuthenticator"/>.</summary>
    public static IHostApplicationBuilder AddChartsAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CallerAuthenticator>();
        return builder;
    }
}
