using FsCheck;
using FsCheck.Fluent;

namespace OmniCharts.Reference.Histories;

/// <summary>How a broker might deliver a history's changes: shuffled, some more than once.</summary>
public static class DeliveryGens
{
    /// <summary>
    /// Every change at least once, in a random order, with up to <paramref name="maxDuplicates"/> extra copies of
    /// random changes (a redelivered or replayed event). Applying them all must give the same read model.
    /// </summary>
    public static Gen<IReadOnlyList<DocumentChange>> Deliveries(History history, int maxDuplicates = 10) =>
        from duplicateCount in Gen.Choose(0, history.Changes.Count == 0 ? 0 : maxDuplicates)
        from duplicates in Gen.ListOf(Gen.Elements(history.Changes.DefaultIfEmpty().ToArray()), duplicateCount)
        from keys in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), history.Changes.Count + duplicateCount)
        select (IReadOnlyList<DocumentChange>)history.Changes.Concat(duplicates.Where(d => d is not null).Select(d => d!))
            .Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToList();
}
