using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ImageMagick;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Events;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Support;

/// <summary>What API tests do again and again: upload media, make a PNG, wait for a job's end.</summary>
internal static class ApiCalls
{
    /// <summary>Starts watching before the job exists, so its end cannot be missed.</summary>
    public static Func<Guid, Task<JobStatus>> WaitForEnd(MediaEngineAppFactory app)
    {
        var ends = new System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource<JobStatus>>();
        TaskCompletionSource<JobStatus> For(Guid id) => ends.GetOrAdd(id, _ => new TaskCompletionSource<JobStatus>(TaskCreationOptions.RunContinuationsAsynchronously));
        app.Services.GetRequiredService<JobEventBus>().Subscribe(null, m =>
        {
            if (m.Status is { } s && JobStateMachine.IsTerminal(s))
            {
                For(m.JobId).TrySetResult(s);
            }
        });
        return id => For(id).Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    public static async Task<Guid> UploadAsync(HttpClient client, string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        var response = await client.PostAsync("/api/v1/assets", form, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
    }

    public static byte[] Png(uint width, uint height)
    {
        using var image = new MagickImage("gradient:#336699-#ffcc00", width, height);
        return image.ToByteArray(MagickFormat.Png);
    }
}
