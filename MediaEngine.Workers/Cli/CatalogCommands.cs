using System.CommandLine;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Presets;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Workers.Cli;

/// <summary><c>mediaengine nodes</c> and <c>mediaengine presets list|export</c>.</summary>
public static class CatalogCommands
{
    public static Command Nodes(Func<CancellationToken, Task<IServiceProvider>> services)
    {
        var command = new Command("nodes", "List every node type with its ports and settings");
        command.SetAction(async (_, cancellationToken) =>
        {
            var catalog = (await services(cancellationToken)).GetRequiredService<NodeCatalog>();
            foreach (var type in catalog.All.OrderBy(t => t.Category).ThenBy(t => t.TypeId, StringComparer.Ordinal))
            {
                Console.WriteLine($"{type.TypeId} v{type.Version}  [{type.Category}]  {type.DisplayName}: {type.Description}");
                Console.WriteLine($"    in:  {Ports(type.Inputs)}");
                Console.WriteLine($"    out: {Ports(type.Outputs)}");
                foreach (var setting in type.Settings)
                {
                    Console.WriteLine($"    --set <node>.{setting.Name}=…  {Describe(setting)}");
                }

                if (type.RequiredTools.Count > 0)
                {
                    Console.WriteLine($"    needs: {string.Join(", ", type.RequiredTools)}");
                }
            }

            return 0;
        });
        return command;
    }

    public static Command Presets(Func<CancellationToken, Task<IServiceProvider>> services)
    {
        var list = new Command("list", "List the presets");
        list.SetAction(async (_, cancellationToken) =>
        {
            var library = (await services(cancellationToken)).GetRequiredService<SystemPresetLibrary>();
            foreach (var id in library.Ids)
            {
                Console.WriteLine($"{id,-24} system  {library.Get(id).Description}");
            }

            return 0;
        });

        var id = new Argument<string>("id") { Description = "Preset id, e.g. web-images" };
        var export = new Command("export", "Print a preset in the versioned JSON format") { id };
        export.SetAction(async (parse, cancellationToken) =>
        {
            var library = (await services(cancellationToken)).GetRequiredService<SystemPresetLibrary>();
            Console.WriteLine(library.GetJson(parse.GetValue(id)!));
            return 0;
        });

        return new Command("presets", "Inspect presets") { list, export };
    }

    private static string Ports(IEnumerable<Domain.Graph.PortSpec> ports)
    {
        var text = string.Join(", ", ports.Select(p => $"{p.Name}:{p.Kind}{(p.Multiple ? "*" : string.Empty)}{(p.Required ? string.Empty : "?")}"));
        return text.Length == 0 ? "—" : text;
    }

    private static string Describe(SettingDescriptor setting)
    {
        var parts = new List<string> { setting.Editor.ToString().ToLowerInvariant() };
        if (setting.Minimum is not null)
        {
            parts.Add($"{setting.Minimum}–{setting.Maximum}");
        }

        if (setting.Choices.Count > 0)
        {
            parts.Add(string.Join("|", setting.Choices));
        }

        if (setting.DefaultValue is not null and not "")
        {
            parts.Add($"default {setting.DefaultValue}");
        }

        return string.Join(", ", parts) + (setting.Description is null ? string.Empty : $" — {setting.Description}");
    }
}
