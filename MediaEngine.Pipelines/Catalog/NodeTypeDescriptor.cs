using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Pipelines.Abstractions;

namespace MediaEngine.Pipelines.Catalog;

/// <summary>Everything known about a node type: identity, ports, settings and the tools it needs.</summary>
public sealed record NodeTypeDescriptor(
    string TypeId,
    int Version,
    NodeCategory Category,
    string DisplayName,
    string Description,
    IReadOnlyList<PortSpec> Inputs,
    IReadOnlyList<PortSpec> Outputs,
    Type NodeType,
    Type SettingsType,
    IReadOnlyList<SettingDescriptor> Settings,
    IReadOnlyList<string> RequiredTools)
{
    /// <summary>An input node that takes every asset supplied for its graph input (<see cref="CollectsGraphInputAttribute"/>).</summary>
    public bool CollectsGraphInput => NodeType.GetCustomAttributes(typeof(CollectsGraphInputAttribute), false).Length > 0;

    public NodeTypeSpec ToSpec() => new(TypeId, Version, Inputs, Outputs)
    {
        CollectsGraphInput = CollectsGraphInput,
        Settings = [.. Settings.Select(s => new SettingSpec(s.Name, SettingDescriptors.KindOf(s.Editor)))],
    };

    /// <summary>The setting with the given (camelCase) name, or <see langword="null"/>.</summary>
    public SettingDescriptor? FindSetting(string name) => Settings.FirstOrDefault(s => s.Name == name);
}
