namespace OmniCharts.Reference.Histories;

/// <summary>
/// A random Rocket.Chat history: the changes in the order they happened, and the documents they leave.
/// Publishing <see cref="Changes"/> in any order, with duplicates, must give a read model that answers like
/// the oracle over <see cref="Final"/>.
/// </summary>
/// <param name="Seed">Regenerates the same history with <see cref="HistoryGenerator.Generate"/>.</param>
/// <param name="Changes">Every change, ordered by version (versions are unique across the history).</param>
/// <param name="Final">The documents after all changes; deleted ones are gone.</param>
/// <param name="Callers">Every user with its plain token, including ones without the permission.</param>
/// <param name="Departments">Every department id that rooms ever had.</param>
/// <param name="FirstDay">The UTC day of the earliest room.</param>
/// <param name="LastDay">The UTC day of the latest room.</param>
public sealed record History(
    int Seed,
    IReadOnlyList<DocumentChange> Changes,
    RawDocuments Final,
    IReadOnlyList<Credential> Callers,
    IReadOnlyList<string> Departments,
    DateOnly FirstDay,
    DateOnly LastDay)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"History(seed {Seed}: {Changes.Count} changes, {Final.Rooms.Count} rooms, {Final.Messages.Count} messages, {FirstDay}..{LastDay})";
}
