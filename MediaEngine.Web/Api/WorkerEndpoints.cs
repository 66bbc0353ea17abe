using MediaEngine.Workers.Jobs;

namespace MediaEngine.Web.Api;

/// <summary>
/// <c>/workers/pool</c>: whether the worker pool is paused for maintenance (then queued jobs wait), with the reason, who
/// paused it and since when — so an API client whose jobs stay queued can see why. Pausing is an admin's act in Settings.
/// </summary>
public static class WorkerEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGroup("/workers").WithTags("Workers")
            .MapGet("/pool", async (WorkerPool pool, CancellationToken ct) => Results.Ok(await pool.GetStateAsync(ct)));
}
