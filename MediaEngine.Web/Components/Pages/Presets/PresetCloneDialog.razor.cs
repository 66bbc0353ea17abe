using MediaEngine.Domain.Presets;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Presets;

/// <summary>
/// Asks for the name and slug of a clone (suggesting "<c>Name (copy)</c>" and a free slug), clones, and opens the new
/// preset. Every refusal (taken or malformed slug, missing name) is listed in the dialog. Operators only.
/// </summary>
public partial class PresetCloneDialog
{
    private readonly DialogOptions _options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
    private string? _preparedFor;
    private string? _name;
    private string? _slug;
    private IReadOnlyList<string> _problems = [];
    private bool _busy;

    [Parameter, EditorRequired]
    public string SourceSlug { get; set; } = default!;

    [Parameter, EditorRequired]
    public string SourceName { get; set; } = default!;

    [Parameter]
    public bool Visible { get; set; }

    [Parameter]
    public EventCallback<bool> VisibleChanged { get; set; }

    [Inject]
    private PresetCatalog Catalog { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!Visible)
        {
            _preparedFor = null;
            return;
        }

        if (_preparedFor != SourceSlug)
        {
            _preparedFor = SourceSlug;
            _name = $"{SourceName} (copy)";
            _slug = await Catalog.SuggestSlugAsync(_name);
            _problems = [];
        }
    }

    private async Task CloneAsync()
    {
        _busy = true;
        try
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            if (!(await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
            {
                _problems = ["Only operators and admins can clone presets."];
                return;
            }

            var clone = await Catalog.CloneAsync(SourceSlug, _name ?? string.Empty, _slug ?? string.Empty, PrincipalFactory.ToActor(user));
            Snackbar.Add($"Cloned {SourceSlug} into {clone.Slug}.", Severity.Success);
            await CloseAsync();
            Navigation.NavigateTo($"/presets/{clone.Slug}");
        }
        catch (PresetException ex)
        {
            _problems = ex.Problems.Count > 0 ? ex.Problems : [ex.Message];
        }
        finally
        {
            _busy = false;
        }
    }

    private Task CloseAsync() => VisibleChanged.InvokeAsync(false);
}
