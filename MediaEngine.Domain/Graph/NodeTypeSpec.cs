using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// What validation needs to know about a node type: its identity, the ports it declares and (for checking parameter
/// bindings) its settings.
/// </summary>
/// <param name="TypeId">The type id nodes refer to (for example <c>image.resize</c>).</param>
/// <param name="Version">The version of the node type.</param>
/// <param name="Inputs">The input ports.</param>
/// <param name="Outputs">The output ports.</param>
public sealed record NodeTypeSpec(string TypeId, int Version, IReadOnlyList<PortSpec> Inputs, IReadOnlyList<PortSpec> Outputs)
{
    /// <summary>The settings a parameter can be bound to; empty when the resolver does not describe them (then any setting may be bound).</summary>
    public IReadOnlyList<SettingSpec> Settings { get; init; } = [];

    /// <summary>An input node that takes every asset supplied for its graph input in one run, not exactly one.</summary>
    public bool CollectsGraphInput { get; init; }

    /// <summary>The setting with the given name, or <see langword="null"/>.</summary>
    public SettingSpec? FindSetting(string name) => Settings.FirstOrDefault(s => s.Name == name);

    /// <summary>The input port with the given name, or <see langword="null"/>.</summary>
    public PortSpec? FindInput(string name) => Inputs.FirstOrDefault(p => p.Name == name);

    /// <summary>The output port with the given name, or <see langword="null"/>.</summary>
    public PortSpec? FindOutput(string name) => Outputs.FirstOrDefault(p => p.Name == name);
}
