using System.Globalization;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// One step of a <see cref="WorkspaceScript"/>: plain data, so that removing steps still leaves a playable script.
/// </summary>
/// <param name="Number">Its position in the generated script; kept when a script is shrunk, so a shrunk script names the original steps.</param>
/// <param name="At">When it happens, Unix ms; its writes happen then or just after (the clock never goes back).</param>
/// <param name="Kind">What it does.</param>
/// <param name="Target">The label or id of what it creates or changes (see <see cref="OperationKind"/>).</param>
/// <param name="With">A second label or value, or null.</param>
/// <param name="Roll">A random number that decides the details (which agent, metric quirks, texts).</param>
/// <param name="Unversioned">For creations: write the documents without <c>_updatedAt</c>, as legacy data or an import tool does.</param>
public sealed record WorkspaceOperation(
    int Number,
    long At,
    OperationKind Kind,
    string Target,
    string? With = null,
    int Roll = 0,
    bool Unversioned = false)
{
    /// <summary>One line: <c>#12 2026-03-08T09:15:02.123Z SendTeamMessage M805 R3 roll 1234</c>.</summary>
    public override string ToString()
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(At).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var with = With is null ? "" : " " + With;
        var unversioned = Unversioned ? " unversioned" : "";
        return $"#{Number} {at} {Kind} {Target}{with} roll {Roll}{unversioned}";
    }
}
