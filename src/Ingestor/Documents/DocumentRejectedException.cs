namespace OmniCharts.Ingestor.Documents;

/// <summary>
/// Thrown by the field readers so that each mapper reads as a plain constructor call;
/// <see cref="DocumentMapper"/> turns it into a rejection, so it never escapes this folder.
/// </summary>
internal sealed class DocumentRejectedException(string reason) : Exception(reason);
