using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Workers.Cli;

/// <summary><c>mediaengine run --preset … --input name=path … [--set node.setting=value …] [--param name=value …] --out dir [--json]</c>.</summary>
public static class RunCommand
{
    public static Command Create(Func<CancellationToken, Task<IServiceProvider>> services)
    {
        var preset = new Option<string>("--preset") { Description = "A preset id (see 'presets list') or a graph JSON file", Required = true };
        var inputs = new Option<string[]>("--input") { Description = "name=path; a folder or several files for a single-item input run the preset once per file", Required = true, AllowMultipleArgumentsPerToken = false };
        var sets = new Option<string[]>("--set") { Description = "node.setting=value overrides", AllowMultipleArgumentsPerToken = false };
        var parameters = new Option<string[]>("--param") { Description = "name=value values for the graph's parameters (its brand kit), e.g. accent=#ff5500", AllowMultipleArgumentsPerToken = false };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder the outputs are written to", Required = true };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary on standard output" };
        var noCache = new Option<bool>("--no-cache") { Description = "Execute every node even when a cached output matches" };
        var parallel = new Option<int>("--parallel") { Description = "Batch runs at once", DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount) };

        var command = new Command("run", "Run a preset on files and write its outputs") { preset, inputs, sets, parameters, output, json, noCache, parallel };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var provider = await services(cancellationToken);
            var request = new RunInvocation(
                parse.GetValue(preset)!,
                parse.GetValue(inputs) ?? [],
                parse.GetValue(sets) ?? [],
                parse.GetValue(output)!.FullName,
                parse.GetValue(json),
                !parse.GetValue(noCache),
                Math.Max(1, parse.GetValue(parallel)))
            {
                Parameters = parse.GetValue(parameters) ?? [],
            };
            return await ActivatorUtilities.CreateInstance<PipelineRunService>(provider).RunAsync(request, cancellationToken);
        });
        return command;
    }
}
