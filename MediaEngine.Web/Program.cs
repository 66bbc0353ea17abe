using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Pipelines.DependencyInjection;
using MediaEngine.Web.DependencyInjection;
using MediaEngine.Workers.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
// Serve static web assets (ours, MudBlazor's, the framework's) from the build output in every environment,
// so ./run.sh works without a publish step; a published app ignores this.
builder.WebHost.UseStaticWebAssets();
builder.AddMediaEngineDomain();
builder.AddMediaEnginePipelines();
builder.AddMediaEngineWorkers();
builder.AddMediaEngineWeb();

var app = builder.Build();
await app.InitializeMediaEngineAsync();
app.MapMediaEngine();
app.Run();

/// <summary>Visible to tests that host the app.</summary>
public partial class Program;
