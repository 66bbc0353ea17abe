using System.Globalization;
using System.Text.Json;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Media;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Services;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MediaEngine.Web.Api;

/// <summary>
/// <c>POST /assets</c> (Operator): multipart upload of one or more files, each streamed to <c>&lt;DataPath&gt;/tmp</c> and
/// taken in by <see cref="AssetIngestService"/>; <c>GET /assets/{id}</c> (Viewer); <c>GET /assets/{id}/content</c> (Viewer),
/// the file, audited once per download.
/// </summary>
public static class AssetEndpoints
{
    /// <summary>The usual form field for files; files in any field are taken.</summary>
    public const string FileField = "file";

    /// <summary>Room for multipart boundaries and part headers on top of the largest accepted file.</summary>
    public const long MultipartOverheadBytes = 1024 * 1024;

    /// <summary>An asset as the API shows it; <see cref="MediaInfo"/> is ffprobe's normalised view, when there is one.</summary>
    public sealed record AssetResponse(
        Guid Id,
        string Name,
        string Sha256,
        MediaKind Kind,
        string MimeType,
        long SizeBytes,
        int? Width,
        int? Height,
        double? DurationSeconds,
        bool Duplicate,
        JsonElement? MediaInfo)
    {
        public static AssetResponse From(Asset asset, bool duplicate) => new(
            asset.Id, asset.Name, asset.Sha256, asset.Kind, asset.MimeType, asset.SizeBytes, asset.Width, asset.Height,
            asset.DurationSeconds, duplicate, ParseMediaInfo(asset.MediaInfoJson));

        private static JsonElement? ParseMediaInfo(string? json)
        {
            if (string.IsNullOrEmpty(json))
            {
                return null;
            }

            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        var maxFileBytes = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IOptions<MediaLimits>>().Value.MaxFileBytes;
        api.MapPost("/assets", UploadAsync)
            .RequireAuthorization(Policies.ApiOperator)
            .WithMetadata(new RequestSizeLimitAttribute(maxFileBytes + MultipartOverheadBytes));
        api.MapGet("/assets/{id:guid}", GetAsync);
        api.MapGet("/assets/{id:guid}/content", (
            Guid id, IDbContextFactory<MediaEngineDbContext> contexts, AssetFiles files, IAuditLog audit, HttpContext http, CancellationToken ct) =>
            StoredFileDownloads.AssetAsync(id, download: true, contexts, files, audit, http, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, IDbContextFactory<MediaEngineDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var asset = await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, ct);
        return asset is null
            ? Results.Problem($"There is no asset {id}.", statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(AssetResponse.From(asset, duplicate: false));
    }

    private static async Task<IResult> UploadAsync(HttpContext http, AssetUploads uploads, CancellationToken ct)
    {
        var maxFileBytes = uploads.MaxFileBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxFileBytes + MultipartOverheadBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary) is not { Length: > 0 } boundary)
        {
            return Results.Problem(
                $"Send the files as multipart/form-data, each in a field named '{FileField}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var actor = PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString());
        var reader = new MultipartReader(boundary.Value!, http.Request.Body) { BodyLengthLimit = maxFileBytes + MultipartOverheadBytes };
        List<AssetResponse> stored = [];
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (FileNameOf(section) is not { } fileName)
                {
                    continue; // a plain form field
                }

                var (asset, duplicate) = await uploads.ReceiveAsync(section.Body, fileName, actor, progress: null, ct);
                stored.Add(AssetResponse.From(asset, duplicate));
            }
        }
        catch (AssetRejectedException ex)
        {
            return Refused(ex.Message, StatusCodes.Status422UnprocessableEntity, stored);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(
                $"The upload is larger than {maxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, the limit set by {MediaLimits.KeyOf(nameof(MediaLimits.MaxFileBytes))}. Send fewer or smaller files.",
                StatusCodes.Status413PayloadTooLarge, stored);
        }
        catch (InvalidDataException ex)
        {
            return Refused($"The multipart/form-data body cannot be read: {ex.Message}", StatusCodes.Status400BadRequest, stored);
        }

        return stored.Count switch
        {
            0 => Results.Problem($"No file was sent: put each file in a multipart/form-data field named '{FileField}'.", statusCode: StatusCodes.Status400BadRequest),
            1 => Results.Created($"{ApiEndpoints.Prefix}/assets/{stored[0].Id}", stored[0]),
            _ => Results.Created((string?)null, stored),
        };
    }

    private static string? FileNameOf(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
        {
            return null;
        }

        var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        return string.IsNullOrWhiteSpace(name) ? "upload" : name;
    }

    /// <summary>Problem details with the reason; files taken in before the refusal are listed under <c>accepted</c>.</summary>
    private static IResult Refused(string detail, int statusCode, List<AssetResponse> stored) =>
        Results.Problem(
            detail,
            statusCode: statusCode,
            title: "The upload was not accepted",
            extensions: stored.Count == 0 ? null : new Dictionary<string, object?> { ["accepted"] = stored });
}
