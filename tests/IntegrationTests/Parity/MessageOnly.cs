using System.Reflection;
using MassTransit;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>A consume context that only carries its message: any other member the consumer touches fails loudly.</summary>
public class MessageOnly<T> : DispatchProxy
    where T : class
{
    private T? message;

    public static ConsumeContext<T> Of(T message)
    {
        var context = Create<ConsumeContext<T>, MessageOnly<T>>();
        ((MessageOnly<T>)(object)context).message = message;
        return context;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        "get_Message" => message,
        "get_CancellationToken" => CancellationToken.None,
        var name => throw new NotSupportedException($"The fast parity path gives consumers only the message, not {name}."),
    };
}
