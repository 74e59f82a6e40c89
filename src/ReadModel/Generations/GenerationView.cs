using OmniCharts.ReadModel.Keys;

namespace OmniCharts.ReadModel.Generations;

/// <summary>A writer's view of the generations: the state version it was read at and the keys of every generation a change must reach.</summary>
/// <param name="Version">The state version; a script finding another one writes nothing (-1).</param>
/// <param name="Writable">The keys of the live generation and of one being rebuilt, if any.</param>
public sealed record GenerationView(string Version, IReadOnlyList<RedisKeySchema> Writable)
{
    /// <summary>The view that <paramref name="state"/> gives, for keys under <paramref name="keys"/>' prefix.</summary>
    public static GenerationView Of(ReadModelState state, RedisKeySchema keys)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(keys);
        return new GenerationView(state.Version, [.. state.Writable(keys.Generation).Select(keys.ForGeneration)]);
    }
}
