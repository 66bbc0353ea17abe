using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Pipelines.Reviews;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;

namespace MediaEngine.Web.Components.Shared;

/// <summary>
/// Ratings (1–5 stars), notes and tags of one output. Everyone signed in reads them; rating, noting and tagging need the
/// Operator role (Viewers read and change nothing, as everywhere else), which is checked again on the server for each
/// change. Each person has one review per output and edits or clears it; changes are audited by the service.
/// </summary>
public partial class OutputReviewPanel
{
    private OutputReviewSummary? _summary;
    private Guid? _userId;
    private bool _canReview;
    private int _rating;
    private string? _note;
    private string? _newTag;
    private string? _error;
    private bool _busy;

    [Parameter, EditorRequired]
    public Guid ArtifactId { get; set; }

    /// <summary>Raised after a change, with the new summary (for a caller showing the average elsewhere).</summary>
    [Parameter]
    public EventCallback<OutputReviewSummary> OnChanged { get; set; }

    [Inject]
    private OutputReviewService Reviews { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>"4.5 from 2 ratings", "no ratings yet".</summary>
    public static string RatingText(double? average, int count) => average is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{value:0.0} from {count} rating{(count == 1 ? string.Empty : "s")}")
        : "no ratings yet";

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _userId = PrincipalFactory.ToActor(user).Id;
        _canReview = _userId is not null && (await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded;
        try
        {
            Show(await Reviews.GetAsync(ArtifactId));
        }
        catch (KeyNotFoundException ex)
        {
            _error = ex.Message;
        }
    }

    private void Show(OutputReviewSummary summary)
    {
        _summary = summary;
        var mine = summary.Of(_userId);
        (_rating, _note) = (mine?.Rating ?? 0, mine?.Note);
    }

    private Task SaveAsync() => ChangeAsync(actor => Reviews.SaveAsync(ArtifactId, actor, _rating == 0 ? null : _rating, _note));

    private Task ClearAsync() => ChangeAsync(actor => Reviews.ClearAsync(ArtifactId, actor));

    private Task AddTagAsync() => ChangeAsync(async actor =>
    {
        var summary = await Reviews.AddTagAsync(ArtifactId, _newTag ?? string.Empty, actor);
        _newTag = null;
        return summary;
    });

    private Task RemoveTagAsync(string tag) => ChangeAsync(actor => Reviews.RemoveTagAsync(ArtifactId, tag, actor));

    private async Task OnTagKeyUpAsync(KeyboardEventArgs args)
    {
        if (args.Key == "Enter")
        {
            await AddTagAsync();
        }
    }

    private async Task ChangeAsync(Func<AuditActor, Task<OutputReviewSummary>> change)
    {
        if (_busy)
        {
            return;
        }

        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (!(await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
        {
            _error = "Rating, notes and tags need the Operator role; ask an administrator if you need it.";
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            var summary = await change(PrincipalFactory.ToActor(user));
            Show(summary);
            await OnChanged.InvokeAsync(summary);
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            _error = ex is Microsoft.EntityFrameworkCore.DbUpdateException ? $"The change could not be saved: {ex.GetBaseException().Message} Try again." : ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }
}
