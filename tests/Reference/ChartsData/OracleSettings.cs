namespace OmniCharts.Reference.ChartsData;

/// <summary>What the oracle needs besides the documents.</summary>
/// <param name="ServerTimeZone">The Rocket.Chat server's IANA zone, used by the <c>server</c> reporting setting.</param>
/// <param name="Labels">The hourly label style.</param>
/// <param name="Now">The clock for <see cref="HourlyLabelStyle.RocketChat711"/> labels; null reads the system clock.</param>
public sealed record OracleSettings(
    string ServerTimeZone = "UTC",
    HourlyLabelStyle Labels = HourlyLabelStyle.Fixed,
    DateTimeOffset? Now = null);
