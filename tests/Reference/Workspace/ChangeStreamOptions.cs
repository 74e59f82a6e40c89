namespace OmniCharts.Reference.Workspace;

/// <summary>How the simulated change stream was opened and what the server has configured.</summary>
/// <param name="Database">The database name in <c>ns.db</c>.</param>
/// <param name="LookupLag">
/// How many later writes have happened when the stream looks an updated document up (<c>fullDocument: 'updateLookup'</c>):
/// 0 gives the update's own result; more can give a later version, or null when the document was deleted since.
/// </param>
/// <param name="PreImageCollections">
/// Collections with <c>changeStreamPreAndPostImages</c> enabled: their update, replace and delete events carry
/// <c>fullDocumentBeforeChange</c>; other collections' carry null (<c>whenAvailable</c>). Rocket.Chat operators may or may not
/// enable it on <c>rocketchat_message</c>.
/// </param>
/// <param name="RequestPreImages">False to open the stream without <c>fullDocumentBeforeChange</c>: the field is then absent.</param>
public sealed record ChangeStreamOptions(
    string Database = "rocketchat",
    int LookupLag = 0,
    IReadOnlySet<string>? PreImageCollections = null,
    bool RequestPreImages = true)
{
    /// <summary>Lookups see the update's own result; pre-images on <c>rocketchat_message</c>, as OmniCharts' documentation asks.</summary>
    public static ChangeStreamOptions Default { get; } = new(PreImageCollections: new HashSet<string>(StringComparer.Ordinal) { Collections.Messages });

    internal bool HasPreImages(string collection) => PreImageCollections?.Contains(collection) ?? false;
}
