using Microsoft.Extensions.Configuration;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>The <c>Ingestor:Webhooks</c> section.</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Ingestor:Webhooks";

    /// <summary>
    /// Rocket.Chat's <c>Livechat_secret_token</c>, which it sends as <c>X-RocketChat-Livechat-Token</c>.
    /// Unset: the endpoint refuses every request (404), because an open endpoint would let anyone make the
    /// service read Rocket.Chat's database on demand.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>How many distinct rooms may wait to be fetched; hints beyond it are dropped (the live sources still see the change).</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Reads the section from <paramref name="configuration"/>.</summary>
    public static WebhookOptions From(IConfiguration configuration)
    {
        var options = new WebhookOptions();
        configuration.GetSection(Section).Bind(options);
        if (options.QueueCapacity < 1)
            throw new InvalidOperationException($"{Section}:QueueCapacity must be at least 1, not {options.QueueCapacity}");
        return options;
    }
}
