using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Abstractions;

/// <summary>An input port. <see cref="Multiple"/> lets it accept several edges; optional ports may stay unconnected.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class InputPortAttribute(string name, PortKind kind) : Attribute
{
    public string Name { get; } = name;

    public PortKind Kind { get; } = kind;

    public bool Optional { get; init; }

    public bool Multiple { get; init; }
}
