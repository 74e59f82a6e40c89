using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.QueryApi.Availability;

/// <summary>
/// The keys of the generation the QueryApi answers from, as last seen in <c>{prefix}:state</c>. Every request reads
/// the state in its own round trip and follows a switch at once (<see cref="ReadModelGate"/>); this only saves the
/// second round trip when nothing switched.
/// </summary>
public sealed class LiveGeneration(RedisKeySchema layout)
{
    private RedisKeySchema _current = layout;

    /// <summary>The keys requests build now.</summary>
    public RedisKeySchema Keys => Volatile.Read(ref _current);

    /// <summary>The layout's first generation: what a QueryApi reads before any state names another.</summary>
    public RedisKeySchema Layout { get; } = layout;

    /// <summary>Follows <paramref name="state"/>'s live generation; returns its keys.</summary>
    public RedisKeySchema Follow(ReadModelState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var followed = Layout.ForGeneration(state.Live ?? Layout.Generation);
        Volatile.Write(ref _current, followed);
        return followed;
    }
}
