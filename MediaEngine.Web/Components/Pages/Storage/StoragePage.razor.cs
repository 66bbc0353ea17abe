using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Querying;
using MediaEngine.Pipelines.Storage;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Shared;
using MediaEngine.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Components.Pages.Storage;

/// <summary>
/// Admin: the space the store holds (sources, published outputs, intermediates; per kind and per preset, each distinct file
/// once), and the cleanup of old intermediates: a preview of what it would free, and a run on demand (checked for the
/// Admin role again on the server, audited).
/// </summary>
public partial class StoragePage
{
    private StorageUsage? _usage;
    private StorageCleanupPlan? _plan;
    private StorageCleanupResult? _result;
    private AuditEvent? _last;
    private string? _error;
    private bool _busy;
    private bool _confirm;
    private int _retentionDays;
    private bool _daily;

    [Inject]
    private StorageUsageQuery Usage { get; set; } = default!;

    [Inject]
    private StorageCleanupService Cleanup { get; set; } = default!;

    [Inject]
    private AuditTrail Audit { get; set; } = default!;

    [Inject]
    private IOptions<StorageOptions> Options { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    private static string RetentionKey => StorageOptions.KeyOf(nameof(StorageOptions.IntermediateRetentionDays));

    private string PreviewText
    {
        get
        {
            var plan = _plan!;
            var kept = plan.ArtifactsKept == 0
                ? string.Empty
                : $" {Plural(plan.ArtifactsKept, "older intermediate")} {(plan.ArtifactsKept == 1 ? "is" : "are")} kept because the same content is published, a source or newer.";
            return plan.Removable.Files == 0
                ? $"Nothing to remove now: no other intermediate output is older than {plan.RetentionDays} days." + kept
                : $"A cleanup now would free {Bytes(plan.Removable)} in {Plural(plan.Removable.Files, "file")}, from {Plural(plan.ArtifactsToPurge, "intermediate output")} made before {Time(plan.Cutoff)} UTC." + kept;
        }
    }

    private string ResultText => $"Freed {Bytes(_result!.Freed)} in {Plural(_result.Freed.Files, "file")}; {Plural(_result.ArtifactsPurged, "output")} marked as {StoredFileProblems.RemovedByCleanup}; {Plural(_result.CacheEntriesRemoved, "cache entry", "cache entries")} forgotten.";

    protected override async Task OnInitializedAsync()
    {
        _retentionDays = Options.Value.IntermediateRetentionDays;
        _daily = Options.Value.DailyCleanup;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _usage = await Usage.MeasureAsync();
            _plan = await Cleanup.PreviewAsync();
            _last = (await Audit.SearchAsync(new AuditFilter("storage.cleanup"), new PageRequest(0, 1))).Items.FirstOrDefault();
            _error = null;
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or IOException)
        {
            _error = $"The storage figures could not be read: {ex.Message} Refresh to try again.";
        }
    }

    private async Task RunAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (_busy || !(await Authorization.AuthorizeAsync(user, Policies.Admin)).Succeeded)
        {
            _error = _busy ? _error : "Only an administrator can run the storage cleanup.";
            return;
        }

        _busy = true;
        _confirm = false;
        try
        {
            _result = await Cleanup.RunAsync(PrincipalFactory.ToActor(user));
            await LoadAsync();
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            _error = $"The cleanup stopped: {ex.Message} What it removed before that is marked; run it again to finish.";
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Bytes(StorageBytes value) => MediaDisplay.Size(value.Bytes);

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Plural(long count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} {many ?? one + "s"}");
}
