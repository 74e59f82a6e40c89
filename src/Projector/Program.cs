using Microsoft.Extensions.Hosting;
using OmniCharts.Projector;

var builder = Host.CreateApplicationBuilder(args);
builder.AddProjector();
await builder.Build().RunAsync();
