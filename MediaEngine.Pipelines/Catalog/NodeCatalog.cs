using System.Reflection;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Pipelines.Catalog;

/// <summary>Every node type, discovered from the node classes in this assembly.</summary>
public sealed class NodeCatalog : INodeTypeResolver
{
    private readonly Dictionary<string, NodeTypeDescriptor> _types;

    public NodeCatalog()
        : this(typeof(NodeCatalog).Assembly)
    {
    }

    public NodeCatalog(params Assembly[] assemblies)
    {
        _types = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPipelineNode).IsAssignableFrom(t))
            .Select(Describe)
            .ToDictionary(d => d.TypeId, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<NodeTypeDescriptor> All => _types.Values;

    public NodeTypeDescriptor? Get(string typeId) => _types.GetValueOrDefault(typeId);

    public NodeTypeSpec? Find(string typeId) => Get(typeId)?.ToSpec();

    public IReadOnlyList<string> ValidateSettings(string typeId, JsonObject settings) =>
        Get(typeId) is { } type ? SettingsBinder.Bind(type.SettingsType, settings).Problems : [];

    public IReadOnlyList<SettingProblem> CheckSettings(string typeId, JsonObject settings) =>
        Get(typeId) is { } type ? SettingsBinder.Check(type.SettingsType, settings).Problems : [];

    public IPipelineNode Create(string typeId, IServiceProvider services) =>
        (IPipelineNode)ActivatorUtilities.CreateInstance(services, Get(typeId)?.NodeType
            ?? throw new KeyNotFoundException($"There is no node type '{typeId}'."));

    private static NodeTypeDescriptor Describe(Type nodeType)
    {
        var node = nodeType.GetCustomAttribute<PipelineNodeAttribute>()
            ?? throw new InvalidOperationException($"{nodeType.Name} implements IPipelineNode but has no [PipelineNode] attribute.");
        var settingsType = nodeType.GetInterfaces().Contains(typeof(IPipelineNode))
            ? FindSettingsType(nodeType)
            : throw new InvalidOperationException($"{nodeType.Name} is not a pipeline node.");
        return new NodeTypeDescriptor(
            node.Id,
            node.Version,
            node.Category,
            node.DisplayName,
            node.Description,
            nodeType.GetCustomAttributes<InputPortAttribute>().Select(p => new PortSpec(p.Name, p.Kind, !p.Optional, p.Multiple)).ToList(),
            nodeType.GetCustomAttributes<OutputPortAttribute>().Select(p => new PortSpec(p.Name, p.Kind)).ToList(),
            nodeType,
            settingsType,
            SettingDescriptors.For(settingsType),
            nodeType.GetCustomAttributes<RequiresToolAttribute>().Select(t => t.ToolName).ToList());
    }

    private static Type FindSettingsType(Type nodeType)
    {
        for (var type = nodeType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PipelineNode<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        throw new InvalidOperationException($"{nodeType.Name} must derive from PipelineNode<TSettings>.");
    }
}
