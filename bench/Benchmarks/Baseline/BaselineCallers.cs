namespace OmniCharts.Benchmarks.Baseline;

/// <summary>Who may call a baseline: the users' hashed login tokens and roles, and the manager roles.</summary>
/// <param name="Users">Per user id: the hashed login tokens and the roles.</param>
/// <param name="ManagerRoles">The roles of the <c>view-livechat-manager</c> permission.</param>
public sealed record BaselineCallers(IReadOnlyDictionary<string, RawUser> Users, IReadOnlySet<string> ManagerRoles);
