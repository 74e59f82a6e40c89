using MassTransit;

namespace OmniCharts.Ingestor.Messaging;

/// <summary>One message type's entity name (pinned by attribute or formatted) behind <c>{prefix}.</c>.</summary>
internal sealed class PrefixedEntityNameFormatter<T>(string prefix, IMessageEntityNameFormatter<T> inner) : IMessageEntityNameFormatter<T>
    where T : class
{
    public string FormatEntityName() => prefix + "." + inner.FormatEntityName();
}
