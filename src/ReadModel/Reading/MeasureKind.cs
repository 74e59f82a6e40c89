namespace OmniCharts.ReadModel.Reading;

/// <summary>How the fields of a chart's buckets combine.</summary>
public enum MeasureKind
{
    /// <summary>One additive field: the bucket's value is its sum over the bucket's cells.</summary>
    Total,

    /// <summary>A sum field and a count field, both additive: the value is sum / count.</summary>
    Mean,

    /// <summary>One minimum field: the value is the least of the bucket's cells that have one.</summary>
    Minimum,
}
