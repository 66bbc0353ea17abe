using System.Globalization;
using System.Security.Claims;
using MediaEngine.Domain.Auditing;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Api;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace MediaEngine.Web.Uploads;

/// <summary>
/// Resumable uploads (Operator), for the browser under the sign-in cookie at <c>/uploads</c> (every request carries the
/// antiforgery token in the <c>RequestVerificationToken</c> header) and for API keys at <c>/api/v1/uploads</c>:
/// <c>POST /uploads</c> <c>{ name, size, type }</c> creates a session; <c>PATCH /uploads/{id}</c> with
/// <c>Upload-Offset</c> appends a chunk (<c>application/offset+octet-stream</c>); <c>GET /uploads/{id}</c> tells the offset
/// to resume from; <c>POST /uploads/{id}/complete</c> takes the file in as an asset (content sniffing, limits, SHA-256
/// de-duplication) and deletes the session; <c>DELETE /uploads/{id}</c> cancels.
/// </summary>
public static class UploadEndpoints
{
    public const string OffsetHeader = "Upload-Offset";

    /// <summary>What a client sends to start an upload.</summary>
    public sealed record CreateUpload(string? Name, long Size, string? Type);

    /// <summary>The browser routes: cookie, Operator, antiforgery.</summary>
    public static IEndpointRouteBuilder MapUploads(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/uploads").RequireAuthorization(Policies.Operator).ExcludeFromDescription()
            .AddEndpointFilter(RequireAntiforgeryAsync);
        Map(group);
        return endpoints;
    }

    /// <summary>The same routes under <c>/api/v1</c> for API keys (Operator).</summary>
    public static void MapApi(RouteGroupBuilder api) => Map(api.MapGroup("/uploads").RequireAuthorization(Policies.ApiOperator).WithTags("Uploads"));

    private static void Map(RouteGroupBuilder group)
    {
        group.MapPost(string.Empty, CreateAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPatch("/{id:guid}", AppendAsync).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(UploadLimits.MaxChunkRequestBytes));
        group.MapPost("/{id:guid}/complete", CompleteAsync);
        group.MapDelete("/{id:guid}", CancelAsync);
    }

    /// <summary>The owner key of a principal: a user or an API key, by id.</summary>
    public static string OwnerOf(ClaimsPrincipal user) =>
        $"{user.FindFirstValue(AuthConstants.ActorKindClaim) ?? "unknown"}:{user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name}";

    private static async ValueTask<object?> RequireAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return Results.Problem("The request carries no valid antiforgery token; reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }

    private static async Task<IResult> CreateAsync(CreateUpload request, HttpContext http, UploadSessionStore store, AssetUploads uploads, CancellationToken ct)
    {
        try
        {
            var status = await store.CreateAsync(OwnerOf(http.User), request.Name, request.Size, request.Type, ct);
            return Results.Created($"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}/{status.Id:N}", status);
        }
        catch (UploadProblem problem)
        {
            if (problem.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status422UnprocessableEntity)
            {
                await uploads.RecordRefusalAsync(new AssetRejectedException(request.Name ?? "upload", problem.Message), Actor(http), ct);
            }

            return Problem(problem, http);
        }
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, UploadSessionStore store, CancellationToken ct)
    {
        try
        {
            var status = await store.GetAsync(id, OwnerOf(http.User), ct);
            http.Response.Headers[OffsetHeader] = status.Offset.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(status);
        }
        catch (UploadProblem problem)
        {
            return Problem(problem, http);
        }
    }

    private static async Task<IResult> AppendAsync(Guid id, HttpContext http, UploadSessionStore store, CancellationToken ct)
    {
        if (!long.TryParse(http.Request.Headers[OffsetHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return Results.Problem($"Say where this chunk starts in the {OffsetHeader} header.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = store.ChunkBytes;
        }

        try
        {
            var status = await store.AppendAsync(id, OwnerOf(http.User), offset, http.Request.ContentLength, http.Request.Body, ct);
            http.Response.Headers[OffsetHeader] = status.Offset.ToString(CultureInfo.InvariantCulture);
            return Results.Ok(status);
        }
        catch (UploadProblem problem)
        {
            return Problem(problem, http);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem($"A chunk is at most {store.ChunkBytes:N0} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
    }

    private static async Task<IResult> CompleteAsync(Guid id, HttpContext http, UploadSessionStore store, AssetUploads uploads, CancellationToken ct)
    {
        try
        {
            var (session, data) = await store.CompletedAsync(id, OwnerOf(http.User), ct);
            try
            {
                var (asset, duplicate) = await uploads.IngestAsync(data, session.Name, Actor(http), ct);
                return Results.Ok(AssetEndpoints.AssetResponse.From(asset, duplicate));
            }
            catch (AssetRejectedException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The upload was not accepted");
            }
            finally
            {
                store.Delete(id); // taken in or refused: nothing of the upload is kept
            }
        }
        catch (UploadProblem problem)
        {
            return Problem(problem, http);
        }
    }

    private static async Task<IResult> CancelAsync(Guid id, HttpContext http, UploadSessionStore store, CancellationToken ct)
    {
        try
        {
            await store.GetAsync(id, OwnerOf(http.User), ct);
            store.Delete(id);
            return Results.NoContent();
        }
        catch (UploadProblem problem)
        {
            return Problem(problem, http);
        }
    }

    private static AuditActor Actor(HttpContext http) => PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString());

    private static IResult Problem(UploadProblem problem, HttpContext http)
    {
        if (problem.Offset is { } offset)
        {
            http.Response.Headers[OffsetHeader] = offset.ToString(CultureInfo.InvariantCulture);
        }

        return Results.Problem(problem.Message, statusCode: problem.StatusCode,
            extensions: problem.Offset is { } at ? new Dictionary<string, object?> { ["offset"] = at } : null);
    }
}
