using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Querying;
using MediaEngine.Web.Auth;
using MediaEngine.Workers.Jobs;

namespace MediaEngine.Web.Api;

/// <summary>
/// <c>/jobs</c>: submit (202, or 422 listing every problem), list, read, cancel and retry. Viewer keys read;
/// submitting, cancelling and retrying take an Operator key and are audited.
/// </summary>
public static class JobEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("/", ListAsync);
        jobs.MapGet("/{id:guid}", GetAsync);
        var operate = jobs.MapGroup(string.Empty).RequireAuthorization(Policies.ApiOperator);
        operate.MapPost("/", SubmitAsync);
        operate.MapPost("/{id:guid}/cancel", async (Guid id, JobControlService control, HttpContext http, CancellationToken ct) =>
        {
            var job = await control.CancelAsync(id, Actor(http), ct);
            return Results.Accepted($"{ApiEndpoints.Prefix}/jobs/{id}", new JobResources.Accepted(job.Id, job.Status, job.Lane, job.Attempt));
        });
        operate.MapPost("/{id:guid}/retry", async (Guid id, JobControlService control, HttpContext http, CancellationToken ct) =>
        {
            var retry = await control.RetryAsync(id, Actor(http), ct);
            return Results.Accepted($"{ApiEndpoints.Prefix}/jobs/{retry.Id}", new JobResources.Accepted(retry.Id, retry.Status, retry.Lane, retry.Attempt));
        });
    }

    private static async Task<IResult> SubmitAsync(JobResources.SubmitRequest request, JobSubmissionService submissions, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Preset))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["preset"] = ["Name the preset to run: <slug>, <slug>@<version> or an id."] });
        }

        var submission = SubmitRequestReader.Read(request);
        try
        {
            var job = await submissions.SubmitAsync(submission, Actor(http), ct);
            return Results.Accepted($"{ApiEndpoints.Prefix}/jobs/{job.Id}", new JobResources.Accepted(job.Id, job.Status, job.Lane, job.Attempt));
        }
        catch (JobSubmissionException ex)
        {
            var errors = ex.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return Results.ValidationProblem(errors, "The job cannot run as submitted.", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<IResult> ListAsync(JobQueries queries, JobStatus? status, string? preset, string? search, int? page, int? pageSize, CancellationToken ct)
    {
        var result = await queries.ListAsync(new JobFilter(status, preset, Search: search), ApiPaging.Request(page, pageSize), ct);
        return Results.Ok(ApiPaging.Response(new PagedResult<JobResources.Summary>([.. result.Items.Select(JobResources.ToSummary)], result.TotalCount, result.Page, result.PageSize)));
    }

    private static async Task<IResult> GetAsync(Guid id, JobQueries queries, CancellationToken ct)
    {
        var job = await queries.FindAsync(id, ct);
        if (job is null)
        {
            return Results.Problem($"There is no job {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var nodes = await queries.NodeRunsAsync(id, ct);
        var artifacts = await queries.ArtifactsAsync(id, ct);
        var row = await queries.JobRowAsync(id, ct);
        return Results.Ok(new JobResources.Details(
            JobResources.ToSummary(job), row!.PresetVersionId, row.PreviousAttemptId,
            [.. nodes.Select(JobResources.ToNode)], [.. artifacts.Select(JobResources.ToLink)]));
    }

    private static AuditActor Actor(HttpContext http) => PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString());
}
