using OmniCharts.QueryApi.Auth;
using OmniCharts.QueryApi.Availability;
using OmniCharts.QueryApi.Charts;
using OmniCharts.QueryApi.Health;
using OmniCharts.QueryApi.Observability;
using OmniCharts.QueryApi.Overview;
using OmniCharts.QueryApi.Pipeline;
using OmniCharts.QueryApi.Reporting;
using OmniCharts.ReadModel.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddReadModelRedis();
builder.AddReadModelAvailability();
builder.AddRedisEvictionGuard();
builder.AddChartsAuth();
builder.AddReporting();
builder.AddRequestPipeline();
builder.AddCharts();
builder.AddAnalyticsOverview();
builder.AddHealth();
builder.AddObservability();

var app = builder.Build();
app.UseServedByHeader();
app.MapChartsData();
app.MapAnalyticsOverview();
app.MapHealth();
app.MapObservability();
return await app.RunUnlessRedisEvictsAsync();

/// <summary>The entry point, public so that integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
