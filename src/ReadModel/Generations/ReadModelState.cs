using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Generations;

/// <summary>The read model's own account of what it holds, as <c>{prefix}:state</c> says (<see cref="StateField"/>).</summary>
/// <param name="Version">Raised by every change of <see cref="Live"/> or <see cref="Building"/>; <c>0</c> when there is no state.</param>
/// <param name="Live">The generation that answers; null before any build began (or after Redis lost everything).</param>
/// <param name="Building">A generation being built beside the live one.</param>
/// <param name="Fields">Every field, for the per-generation details.</param>
public sealed record ReadModelState(string Version, string? Live, string? Building, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>No state at all: nothing was ever built, or Redis lost it.</summary>
    public static ReadModelState Empty { get; } = new("0", null, null, new Dictionary<string, string>());

    /// <summary>Reads the hash's fields.</summary>
    public static ReadModelState Of(HashEntry[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Length == 0)
            return Empty;
        var fields = entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
        return new ReadModelState(fields.GetValueOrDefault(StateField.Version, "0"),
            fields.GetValueOrDefault(StateField.Live), fields.GetValueOrDefault(StateField.Building), fields);
    }

    /// <summary>What the state says of <paramref name="generation"/>.</summary>
    public GenerationInfo Info(string generation) => new(generation,
        Fields.GetValueOrDefault(StateField.Status(generation)), Fields.GetValueOrDefault(StateField.Source(generation)),
        Fields.GetValueOrDefault(StateField.Started(generation)), Fields.GetValueOrDefault(StateField.Ready(generation)),
        Fields.GetValueOrDefault(StateField.Progress(generation)));

    /// <summary>The live generation's details, or null when there is none.</summary>
    public GenerationInfo? LiveInfo => Live is null ? null : Info(Live);

    /// <summary>True when a generation answers and its build is complete.</summary>
    public bool IsReady => LiveInfo?.IsReady == true;

    /// <summary>
    /// The generations a change must reach: the live one (or, before any build, the layout's first generation, so
    /// that the live tail's changes are kept for the build that follows) and one being rebuilt beside it; never one
    /// of another layout (<paramref name="layout"/> is this version's), whose keys mean something else.
    /// </summary>
    public IReadOnlyList<string> Writable(string layout) =>
        [.. new[] { Live ?? layout, Building }.OfType<string>().Where(g => IsOfLayout(g, layout))];

    /// <summary>True when <paramref name="generation"/> was built with <paramref name="layout"/>: the layout's first generation or one rebuilt from it (<c>v3.2</c>).</summary>
    public static bool IsOfLayout(string generation, string layout)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(layout);
        return generation == layout || generation.StartsWith(layout + ".", StringComparison.Ordinal);
    }
}
