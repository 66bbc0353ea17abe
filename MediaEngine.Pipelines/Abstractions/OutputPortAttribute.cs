using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Abstractions;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class OutputPortAttribute(string name, PortKind kind) : Attribute
{
    public string Name { get; } = name;

    public PortKind Kind { get; } = kind;
}
