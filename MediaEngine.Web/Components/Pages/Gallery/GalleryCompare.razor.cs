using MediaEngine.Domain.Artifacts;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// Chooses what to compare an output with. Offered first: its inputs of the same kind, the source assets it was made from
/// first (so an output is compared with its input, not with an intermediate file, unless chosen), then the intermediate
/// files nearest first; then outputs
/// made from the same source assets by other jobs (another preset version, another preset, a re-run; the same node
/// first), then what was made from it. Any other output of the same kind can be found by search.
/// </summary>
public partial class GalleryCompare
{
    private const int SearchResults = 20;

    private List<CompareCandidate> _candidates = [];
    private CompareCandidate? _chosen;
    private ArtifactLineage? _loadedFor;
    private bool _open;

    [Inject]
    private ArtifactQueries Queries { get; set; } = default!;

    [Parameter, EditorRequired]
    public ArtifactLineage Lineage { get; set; } = default!;

    private string Kind => Lineage.Artifact.Kind.ToString().ToLowerInvariant();

    private string OpenText => _candidates.FirstOrDefault() is { IsInput: true } ? "Compare with input" : "Compare with another output";

    protected override async Task OnParametersSetAsync()
    {
        if (ReferenceEquals(_loadedFor, Lineage))
        {
            return;
        }

        _loadedFor = Lineage;
        var kind = Lineage.Artifact.Kind;
        var inputs = Lineage.Inputs.Where(e => e.Kind == kind && e.IsAvailable)
            .OrderBy(e => e.Source == LineageSource.Asset ? 0 : 1)
            .ThenBy(e => e.Depth)
            .Select(e => new CompareCandidate(CompareSide.From(e), $"{e.Label} ({(e.Source == LineageSource.Asset ? "source asset" : "input")}, {Steps(e.Depth)} back)", IsInput: true));
        var others = (await Queries.SameSourcesAsync(Lineage))
            .Select(o => new CompareCandidate(CompareSide.From(o), $"{o.Caption} of {GalleryDisplay.PresetLabel(o)} · {o.JobTitle ?? "—"} (same sources)", IsInput: false));
        var derived = Lineage.Derived.Where(e => e.Kind == kind && e.IsAvailable)
            .Select(e => new CompareCandidate(CompareSide.From(e), $"{e.Label} (made from this, {Steps(e.Depth)} on)", IsInput: false));
        _candidates = [.. inputs, .. others, .. derived];
        _chosen = _candidates.FirstOrDefault();
    }

    private void Choose(CompareCandidate candidate) => _chosen = candidate;

    private async Task<IEnumerable<GalleryItem>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        var filter = new GalleryFilter(Kind: Lineage.Artifact.Kind, Search: text);
        var found = await Queries.SliceAsync(filter, 0, SearchResults + 1, cancellationToken);
        return found.Where(f => f.Id != Lineage.Artifact.Id).Take(SearchResults);
    }

    private Task PickAsync(GalleryItem? item)
    {
        if (item is not null)
        {
            var picked = new CompareCandidate(CompareSide.From(item), $"{item.Caption} of {GalleryDisplay.PresetLabel(item)} · {item.JobTitle ?? "—"} (found)", IsInput: false);
            _candidates = [.. _candidates.Where(c => c.Side != picked.Side), picked];
            _chosen = picked;
        }

        return Task.CompletedTask;
    }

    private static string Steps(int depth) => depth == 1 ? "1 step" : $"{depth} steps";
}
