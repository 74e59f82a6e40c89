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
}
