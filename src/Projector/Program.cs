using Microsoft.Extensions.Hosting;
using OmniCharts.Projector;
using OmniCharts.ReadModel.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddProjector();
return await builder.Build().RunUnlessRedisEvictsAsync();
