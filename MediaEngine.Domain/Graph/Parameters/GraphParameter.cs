using System.Text.Json.Nodes;

namespace MediaEngine.Domain.Graph.Parameters;

/// <summary>
/// A named, typed value of the whole graph (a "brand kit" setting such as the accent colour) that node settings bind to
/// with <c>{ "$param": "name" }</c>, so one change reaches every bound setting. The default is deep-cloned on the way in
/// and out; equality compares it by JSON content.
/// </summary>
/// <param name="Name">Unique among the graph's parameters; letters, digits, <c>-</c> and <c>_</c>.</param>
/// <param name="Kind">What the parameter holds; decides which settings it can be bound to.</param>
/// <param name="Default">The value used when a run does not override it; <see langword="null"/> means none (bound settings keep the node type's default).</param>
/// <param name="Description">Shown to whoever sets the parameter.</param>
/// <param name="Choices">For <see cref="GraphParameterKind.Choice"/>: the allowed values.</param>
public sealed record GraphParameter(
    string Name, GraphParameterKind Kind, JsonNode? Default = null, string? Description = null, IReadOnlyList<string>? Choices = null)
{
    private readonly JsonNode? _default = Default?.DeepClone();
    private readonly IReadOnlyList<string> _choices = [.. Choices ?? []];

    /// <summary>A fresh copy of the default value.</summary>
    public JsonNode? Default
    {
        get => _default?.DeepClone();
        init => _default = value?.DeepClone();
    }

    /// <summary>The allowed values of a choice parameter; empty for other kinds.</summary>
    public IReadOnlyList<string> Choices
    {
        get => _choices;
        init => _choices = [.. value ?? []];
    }

    /// <summary>The same parameter with another default.</summary>
    public GraphParameter WithDefault(JsonNode? value) => this with { Default = value };

    /// <summary>Value equality, comparing the default as JSON and the choices in order.</summary>
    public bool Equals(GraphParameter? other) =>
        other is not null
        && Name == other.Name
        && Kind == other.Kind
        && Description == other.Description
        && JsonNode.DeepEquals(_default, other._default)
        && _choices.SequenceEqual(other._choices);

    /// <summary>Hash of the name and kind (consistent with equality).</summary>
    public override int GetHashCode() => HashCode.Combine(Name, Kind);
}
