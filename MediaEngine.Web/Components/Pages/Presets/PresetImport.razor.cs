using System.Text;
using MediaEngine.Domain.Presets;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Presets;

/// <summary>
/// Imports a preset file: a new user preset, or a new version of the user preset with the file's slug. Every problem
/// with the file (unreadable JSON, unknown node types, an invalid graph, a system preset's slug) is listed at once.
/// Operators only.
/// </summary>
public partial class PresetImport
{
    private IReadOnlyList<string> _problems = [];
    private string? _summary;
    private bool _busy;

    /// <summary>Raised after a successful import.</summary>
    [Parameter]
    public EventCallback<PresetImportResult> OnImported { get; set; }

    [Inject]
    private PresetCatalog Catalog { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _busy = true;
        _problems = [];
        try
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            if (!(await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
            {
                Show($"{file.Name} was not imported.", ["Only operators and admins can import presets."]);
                return;
            }

            if (file.Size > PresetFile.MaxBytes)
            {
                Show($"{file.Name} was not imported.", [$"The file is {file.Size / 1024} KiB; a preset file is at most {PresetFile.MaxBytes / 1024} KiB."]);
                return;
            }

            string text;
            await using (var stream = file.OpenReadStream(PresetFile.MaxBytes))
            using (var reader = new StreamReader(stream, Encoding.UTF8))
            {
                text = await reader.ReadToEndAsync();
            }

            var result = await Catalog.ImportAsync(text, PrincipalFactory.ToActor(user));
            Snackbar.Add(ImportedMessage(file.Name, result), result.Unchanged ? Severity.Info : Severity.Success);
            await OnImported.InvokeAsync(result);
        }
        catch (PresetException ex)
        {
            Show($"{file.Name}: {ex.Message}", ex.Problems.Count > 0 ? ex.Problems : [ex.Message]);
        }
        catch (IOException ex)
        {
            Show($"{file.Name} could not be read.", [ex.Message]);
        }
        finally
        {
            _busy = false;
        }
    }

    internal static string ImportedMessage(string fileName, PresetImportResult result) => result switch
    {
        { CreatedPreset: true } => $"Imported {result.Slug} as a new preset.",
        { Unchanged: true } => $"{fileName} holds the graph of version {result.Version} of {result.Slug} already; no version was added.",
        _ => $"Imported {fileName} as version {result.Version} of {result.Slug}.",
    };

    private void Show(string summary, IReadOnlyList<string> problems)
    {
        _summary = summary;
        _problems = problems;
    }
}
