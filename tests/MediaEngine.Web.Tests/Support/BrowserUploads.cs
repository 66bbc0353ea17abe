using Bunit;
using MediaEngine.Domain.Auditing;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Components.Shared.Uploads;
using MediaEngine.Web.Services;
using MediaEngine.Web.Uploads;

namespace MediaEngine.Web.Tests.Support;

/// <summary>
/// Does for bUnit what js/uploads.js does in a browser: reports a file to a <see cref="ResumableUpload"/>, sends it
/// through a real upload session in chunks and completes it through the same ingestion as the upload routes, reporting
/// the outcome. (The browser script and the routes themselves are covered by the hosted-app and Playwright tests.)
/// </summary>
public static class BrowserUploads
{
    public static async Task SendAsync(
        IRenderedComponent<ResumableUpload> upload, UploadSessionStore store, AssetUploads uploads, AuditActor actor, string name, byte[] content)
    {
        var component = upload.Instance;
        var key = $"{name}|{content.Length}|0";
        await upload.InvokeAsync(() => component.UploadQueued(key, name, content.Length));
        const string owner = "user:test";
        UploadStatus session;
        try
        {
            session = await store.CreateAsync(owner, name, content.Length, null, CancellationToken.None);
        }
        catch (UploadProblem problem)
        {
            await uploads.RecordRefusalAsync(new AssetRejectedException(name, problem.Message), actor, CancellationToken.None);
            await upload.InvokeAsync(() => component.UploadFailed(key, problem.Message, refused: true));
            return;
        }

        for (var offset = 0; offset < content.Length; offset += session.ChunkBytes)
        {
            var length = Math.Min(session.ChunkBytes, content.Length - offset);
            using var chunk = new MemoryStream(content, offset, length);
            var status = await store.AppendAsync(session.Id, owner, offset, length, chunk, CancellationToken.None);
            await upload.InvokeAsync(() => component.UploadProgress(key, status.Offset));
        }

        var (done, data) = await store.CompletedAsync(session.Id, owner, CancellationToken.None);
        try
        {
            var (asset, duplicate) = await uploads.IngestAsync(data, done.Name, actor, CancellationToken.None);
            await upload.InvokeAsync(() => component.UploadFinished(key, asset.Id, asset.Name, asset.Kind.ToString(), duplicate));
        }
        catch (AssetRejectedException ex)
        {
            await upload.InvokeAsync(() => component.UploadFailed(key, ex.Message, refused: true));
        }
        finally
        {
            store.Delete(session.Id);
        }
    }
}
