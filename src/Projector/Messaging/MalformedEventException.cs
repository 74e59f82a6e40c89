namespace OmniCharts.Projector.Messaging;

/// <summary>
/// An event that can never be applied (an empty id, a version that is not positive, a metric that is not a finite
/// number…). It is never retried: it goes to the error queue at once, with this message as its fault reason.
/// </summary>
public sealed class MalformedEventException : Exception
{
    /// <summary>Creates the exception with the reason the event was rejected.</summary>
    public MalformedEventException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the error that revealed it.</summary>
    public MalformedEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a reason; prefer the overloads that say what is wrong.</summary>
    public MalformedEventException()
        : base("The event is malformed.")
    {
    }
}
