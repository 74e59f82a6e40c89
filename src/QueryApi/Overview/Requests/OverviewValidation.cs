using Microsoft.AspNetCore.Http.HttpResults;
using OmniCharts.QueryApi.Charts;

namespace OmniCharts.QueryApi.Overview.Requests;

/// <summary>The outcome of §1's checks: a request, or the answer that ends it (a 400 or an empty success).</summary>
/// <param name="Request">The request, when it gets data.</param>
/// <param name="Answer">Rocket.Chat's answer otherwise.</param>
public sealed record OverviewValidation(OverviewRequest? Request, Results<OverviewResult, RocketChatErrorResult>? Answer);
