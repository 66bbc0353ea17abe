using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using ArtifactStore = MediaEngine.Pipelines.Artifacts.ArtifactStore;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Assets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// Reads one artifact's lineage (and a video's frame rate, measured by ffprobe) and shows it in full. Used by the gallery's
/// preview dialog and by the artifact's own page (<c>/artifacts/{id}</c>), which every lineage box and job output links to.
/// </summary>
public partial class ArtifactPreview
{
    private ArtifactLineage? _lineage;
    private Guid _loadedId;
    private string? _error;
    private bool _loading = true;
    private bool _canOperate;
    private double? _frameRate;
    private string? _frameRateNote;

    [Inject]
    private ArtifactQueries Queries { get; set; } = default!;

    [Inject]
    private IMediaProbe Probe { get; set; } = default!;

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    [Inject]
    private ArtifactStore Store { get; set; } = default!;

    [Inject]
    private AssetFiles AssetFiles { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid ArtifactId { get; set; }

    /// <summary>Offer "Open as a page" (in the dialog, not on the page itself).</summary>
    [Parameter]
    public bool ShowPageLink { get; set; }

    /// <summary>The lineage read, for the dialog's title.</summary>
    [Parameter]
    public EventCallback<ArtifactLineage?> OnLoaded { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == ArtifactId && !_loading)
        {
            return;
        }

        (_loadedId, _loading, _error, _frameRate, _frameRateNote) = (ArtifactId, true, null, null, null);
        try
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            _canOperate = (await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded;
            _lineage = await Queries.LineageAsync(ArtifactId);
            if (_lineage?.Artifact is { Kind: MediaKind.Video } video)
            {
                await MeasureFrameRateAsync(video);
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            _error = $"The output's lineage could not be read: {ex.Message} Open it again to retry.";
        }
        finally
        {
            _loading = false;
        }

        await OnLoaded.InvokeAsync(_lineage);
    }

    private async Task MeasureFrameRateAsync(GalleryItem video)
    {
        try
        {
            var path = await CompareFiles.PathOfAsync(CompareSide.From(video), Contexts, Store, AssetFiles, CancellationToken.None);
            var info = await Probe.ProbeAsync(path, CancellationToken.None);
            _frameRate = info.Video is { FrameRate: > 0 } stream ? stream.FrameRate : null;
            _frameRateNote = _frameRate is null ? "ffprobe reports no frame rate for this video, so frames cannot be stepped." : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or MediaInputException or InvalidOperationException)
        {
            _frameRateNote = $"Frames cannot be stepped: {ex.Message}";
        }
    }

    private async Task OpenAssetAsync(LineageNode node)
    {
        var parameters = new DialogParameters<AssetDetailDialog>
        {
            { d => d.AssetId, node.Id },
            { d => d.CanOperate, _canOperate },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true };
        await Dialogs.ShowAsync<AssetDetailDialog>(node.Label, parameters, options);
    }
}
