using MediaEngine.Benchmarks;

// Timed harness: each scenario runs MediaEngine and the plain command side by side in one run and prints ratios.
// Usage: ./bench.sh [web-images|transcode-web|cache|dispatch|jobs-query|gallery-query|event-latency|workbench-drag|all] [--count N] [--seconds S] [--rows N] [--runs N] [--nodes N]
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value && int.TryParse(value, out var parsed) ? parsed : fallback;

await using var bench = await BenchmarkEnvironment.CreateAsync();
var scenarios = new Dictionary<string, Func<Task>>
{
    ["web-images"] = () => Scenarios.WebImagesAsync(bench, Option("--count", 100)),
    ["transcode-web"] = () => Scenarios.TranscodeWebAsync(bench, Option("--seconds", 30)),
    ["cache"] = () => Scenarios.CacheAsync(bench),
    ["dispatch"] = () => JobScenarios.DispatchAsync(bench, Option("--count", 200)),
    ["jobs-query"] = () => JobScenarios.JobsQueryAsync(bench, Option("--rows", 100_000)),
    ["gallery-query"] = () => GalleryScenario.QueryAsync(bench, Option("--rows", 1_000_000)),
    ["event-latency"] = () => BrowserScenarios.EventLatencyAsync(Option("--runs", 2), Option("--seconds", 30)),
    ["workbench-drag"] = () => WorkbenchScenario.DragAsync(Option("--nodes", 60)),
};

if (scenario == "all")
{
    foreach (var run in scenarios.Values)
    {
        await run();
    }
}
else if (scenarios.TryGetValue(scenario, out var run))
{
    await run();
}
else
{
    Console.Error.WriteLine($"Unknown scenario '{scenario}'. Choose one of: {string.Join(", ", scenarios.Keys)}, all.");
    return 2;
}

return 0;
