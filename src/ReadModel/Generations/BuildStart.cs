namespace OmniCharts.ReadModel.Generations;

/// <summary>What a bulk source found when it asked to build the read model.</summary>
public enum BuildStart
{
    /// <summary>No read model existed: this source builds the first generation and marks it ready when it is done.</summary>
    Began,

    /// <summary>A build had begun and not finished (killed, or its end was lost): this source takes it over.</summary>
    Resumed,

    /// <summary>A complete read model answers: this source only brings it up to date and changes no state.</summary>
    AlreadyReady,

    /// <summary>
    /// The live generation was built by another layout (an older version's), which this version neither reads nor
    /// writes: this source builds the layout's first generation in its place, and the old one's keys are deleted when it is complete.
    /// </summary>
    ReplacedOtherLayout,
}
