using MediaEngine.Domain.Artifacts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>The preview of one output in a dialog, with its lineage read when it opens.</summary>
public partial class GalleryPreviewDialog
{
    private ArtifactLineage? _lineage;
    private string? _error;
    private bool _loading = true;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ArtifactQueries Queries { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid ArtifactId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _lineage = await Queries.LineageAsync(ArtifactId);
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            _error = $"The output's lineage could not be read: {ex.Message} Close and open it again to retry.";
        }
        finally
        {
            _loading = false;
        }
    }

    private void Close() => Dialog.Close();
}
