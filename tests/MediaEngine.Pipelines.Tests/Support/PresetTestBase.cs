using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Support;

/// <summary>What every preset test needs: the engine, a folder for generated media, the shipped presets, and a way to run one.</summary>
public abstract class PresetTestBase : IDisposable
{
    protected EngineHarness Engine { get; } = new();

    protected TempFolder Media { get; } = new();

    protected SystemPresetLibrary Presets { get; } = new();

    /// <summary>Stores the files as the sources of one graph input, as a caller supplying them would.</summary>
    protected async Task<IReadOnlyList<ArtifactRef>> ImportAsync(PortKind kind, params string[] files)
    {
        var stored = new List<ArtifactRef>();
        foreach (var file in files)
        {
            stored.Add(await Engine.Store.ImportSourceAsync(file, kind, TestContext.Current.CancellationToken));
        }

        return stored;
    }

    /// <summary>Runs a shipped preset with one graph input supplied.</summary>
    protected async Task<PipelineRunResult> RunPresetAsync(string preset, string input, PortKind kind, params string[] files) =>
        await Engine.RunAsync(
            Presets.Get(preset),
            new Dictionary<string, IReadOnlyList<ArtifactRef>> { [input] = await ImportAsync(kind, files) },
            TestContext.Current.CancellationToken);

    public void Dispose()
    {
        Engine.Dispose();
        Media.Dispose();
        GC.SuppressFinalize(this);
    }
}
