using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Generations;

/// <summary>
/// The writers' cached view of the generations. It is read again only when a script reports that the state moved on
/// (-1): the check runs inside every script, atomically with its writes, so no change can miss a generation that a
/// rebuild began, whatever this cache holds.
/// </summary>
public sealed class ReadModelGenerations(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    private GenerationView? _view;

    /// <summary>The deployment's keys (of the layout's first generation).</summary>
    public RedisKeySchema Keys => keys;

    /// <summary>The cached view, read once at first use.</summary>
    public ValueTask<GenerationView> CurrentAsync() =>
        Volatile.Read(ref _view) is { } view ? ValueTask.FromResult(view) : new ValueTask<GenerationView>(RefreshAsync());

    /// <summary>Reads the state again.</summary>
    public async Task<GenerationView> RefreshAsync()
    {
        var state = ReadModelState.Of(await redis.GetDatabase().HashGetAllAsync(keys.State).ConfigureAwait(false));
        var view = GenerationView.Of(state, keys);
        Volatile.Write(ref _view, view);
        return view;
    }
}
