namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// An export held the way the best-indexed MongoDB would serve the spec's queries: Omnichannel rooms
/// sorted by <c>ts</c> (an index on <c>{t, ts}</c>) and each room's messages grouped by <c>rid</c> (an index
/// on <c>rid</c>), each message reduced to whether it has <c>t</c> or <c>token</c>.
/// </summary>
/// <param name="Rooms">The <c>t: 'l'</c> rooms, ascending by <c>ts</c>.</param>
/// <param name="MessageFlags">Per room id, one entry per message: bit 1 has <c>t</c>, bit 2 has <c>token</c>.</param>
/// <param name="Callers">Per user id: the hashed login tokens and the roles.</param>
/// <param name="ManagerRoles">The roles of the <c>view-livechat-manager</c> permission.</param>
public sealed record RawExport(
    RawRoom[] Rooms,
    IReadOnlyDictionary<string, byte[]> MessageFlags,
    IReadOnlyDictionary<string, RawUser> Callers,
    IReadOnlySet<string> ManagerRoles)
{
    /// <summary>Flag of a message with a non-null <c>t</c>.</summary>
    public const byte HasType = 1;

    /// <summary>Flag of a message with a non-null <c>token</c> (a visitor's).</summary>
    public const byte HasToken = 2;

    /// <summary>The index of the first room with <c>ts</c> ≥ <paramref name="ts"/> (a range scan's start on the <c>ts</c> index).</summary>
    public int FirstRoomAtOrAfter(long ts)
    {
        int low = 0, high = Rooms.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Rooms[middle].Ts < ts)
                low = middle + 1;
            else
                high = middle;
        }

        return low;
    }
}
