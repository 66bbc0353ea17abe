using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Artifacts;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>The selected node's part of the latest test run; text and data files are read from the artifact store.</summary>
public partial class TestRunNodeOutput
{
    private readonly Dictionary<Guid, ArtifactContent> _contents = [];
    private readonly HashSet<Guid> _missing = [];

    [Parameter, EditorRequired]
    public TestRunView Run { get; set; } = default!;

    [Parameter, EditorRequired]
    public string NodeId { get; set; } = default!;

    /// <summary>The node changed since the run: its result is out of date.</summary>
    [Parameter]
    public bool Stale { get; set; }

    [Inject]
    private ArtifactStore Store { get; set; } = default!;

    private CanvasNodeState? State => Run.States.GetValueOrDefault(NodeId);

    private IReadOnlyList<Artifact> Files => Run.FilesOf(NodeId);

    protected override async Task OnParametersSetAsync()
    {
        foreach (var file in Files.Where(f => f.Kind is MediaKind.Text or MediaKind.Data && !_contents.ContainsKey(f.Id) && !_missing.Contains(f.Id)))
        {
            if (Store.Find(file.Sha256) is { } path)
            {
                _contents[file.Id] = await ArtifactContent.ReadAsync(path, file.Kind == MediaKind.Data, CancellationToken.None);
            }
            else
            {
                _missing.Add(file.Id);
            }
        }
    }
}
