using System.Diagnostics;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace MediaEngine.Pipelines.Execution;

/// <summary>
/// Runs one node: checks its tools, serves it from the cache when its key matches, otherwise executes it in a
/// private work folder (retrying transient I/O failures), stores its outputs and remembers them in the cache.
/// </summary>
public sealed class NodeRunner(
    NodeCatalog catalog,
    ArtifactStore store,
    NodeOutputCache cache,
    ArtifactIndex index,
    ISystemToolProbe tools,
    IServiceProvider services,
    IOptions<MediaEngineOptions> options)
{
    private static readonly ResiliencePipeline Transient = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<IOException>(ex => ex is not FileNotFoundException and not DirectoryNotFoundException),
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    public async Task<NodeRunResult> RunAsync(
        PipelineRunRequest request,
        GraphNode node,
        IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> inputs,
        IPipelineRunObserver observer,
        CancellationToken cancellationToken)
    {
        var type = catalog.Get(node.Type)!;
        var clock = Stopwatch.StartNew();
        NodeRunResult Finish(NodeRunState state, IReadOnlyList<(string, ArtifactRef)> outputs, bool cacheHit, string? error, string? key) =>
            new(node.Id, node.Type, state, clock.Elapsed, cacheHit, outputs, error, key);

        observer.NodeStarted(node.Id, node.Type);
        var workFolder = Path.Combine(options.Value.FullDataPath, "work", request.RunId.ToString("N"), node.Id);
        try
        {
            await EnsureToolsAsync(type, cancellationToken);
            var settings = SettingsBinder.Bind(type.SettingsType, node.Settings).Settings!;
            var key = NodeOutputCache.KeyFor(type.TypeId, type.Version, SettingsBinder.Canonical(settings), WithGraphInputs(node, inputs, request));
            if (request.UseCache && await cache.TryGetAsync(key, cancellationToken) is { } cached)
            {
                observer.NodeLog(node.Id, "Served from cache.");
                observer.NodeProgress(node.Id, 100, "from cache");
                return Finish(NodeRunState.Succeeded, await RecordAsync(request, node, cached, inputs, cancellationToken), cacheHit: true, null, key);
            }

            Directory.CreateDirectory(workFolder);
            var context = new NodeContext(
                node.Id, workFolder, inputs, request.Inputs,
                (percent, message) => observer.NodeProgress(node.Id, percent, message),
                line => observer.NodeLog(node.Id, line));
            var produced = await Transient.ExecuteAsync(
                async ct => await catalog.Create(node.Type, services).ExecuteAsync(context, settings, ct), cancellationToken);

            var outputs = new List<(string, ArtifactRef)>(produced.PassThrough);
            foreach (var file in produced.Files)
            {
                outputs.Add((file.Port, await store.StoreOutputAsync(file, cancellationToken)));
            }

            await cache.PutAsync(key, outputs, cancellationToken);
            observer.NodeProgress(node.Id, 100, null);
            return Finish(NodeRunState.Succeeded, await RecordAsync(request, node, outputs, inputs, cancellationToken), cacheHit: false, null, key);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Finish(NodeRunState.Cancelled, [], false, "Cancelled.", null);
        }
        catch (Exception ex)
        {
            observer.NodeLog(node.Id, $"Failed: {ex.Message}");
            return Finish(NodeRunState.Failed, [], false, ex.Message, null);
        }
        finally
        {
            if (Directory.Exists(workFolder))
            {
                Directory.Delete(workFolder, recursive: true);
            }
        }
    }

    private Task<IReadOnlyList<(string Port, ArtifactRef Artifact)>> RecordAsync(
        PipelineRunRequest request,
        GraphNode node,
        IReadOnlyList<(string Port, ArtifactRef Artifact)> outputs,
        IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> inputs,
        CancellationToken cancellationToken)
    {
        var published = request.Publish
            ? request.Graph.Outputs.Where(o => o.From.Node == node.Id).Select(o => o.From.Port).ToHashSet(StringComparer.Ordinal)
            : [];
        return index.RecordAsync(
            new ArtifactLineage(request.JobId, request.PresetVersionId, node.Id),
            outputs,
            inputs.Values.SelectMany(i => i),
            published,
            cancellationToken);
    }

    private async Task EnsureToolsAsync(NodeTypeDescriptor type, CancellationToken cancellationToken)
    {
        foreach (var name in type.RequiredTools)
        {
            var tool = SystemTool.All.Single(t => t.Name == name);
            var status = await tools.GetStatusAsync(tool, cancellationToken);
            if (!status.IsAvailable)
            {
                throw new InvalidOperationException($"{type.DisplayName} ({type.TypeId}) cannot run: {status.Describe()}");
            }
        }
    }

    /// <summary>Input nodes read graph inputs rather than edges; their content belongs in the cache key too.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> WithGraphInputs(
        GraphNode node, IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> inputs, PipelineRunRequest request)
    {
        if (node.Settings["input"]?.GetValue<string>() is not { } name || !request.Inputs.TryGetValue(name, out var supplied))
        {
            return inputs;
        }

        return new Dictionary<string, IReadOnlyList<ArtifactRef>>(inputs) { [$"$graph:{name}"] = supplied };
    }
}
