namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Every login token issued while playing, by label, with the writes that issued and revoked it.</summary>
internal sealed class TokenBook
{
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public IssuedToken? Find(string label) => _tokens.GetValueOrDefault(label);

    public void Issue(string label, string userId, string username, string token, int write)
    {
        _tokens[label] = new IssuedToken(label, userId, username, token, write, null);
        _order.Add(label);
    }

    public void Revoke(string label, int write) => _tokens[label] = _tokens[label] with { RevokedAtWrite = write };

    public IReadOnlyList<IssuedToken> All() => [.. _order.Select(l => _tokens[l])];
}
