using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Pipelines.DependencyInjection;
using MediaEngine.Web.DependencyInjection;
using MediaEngine.Workers.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
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
