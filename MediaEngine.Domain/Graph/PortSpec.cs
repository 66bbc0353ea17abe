namespace MediaEngine.Domain.Graph;

/// <summary>
/// A port a node type declares. For inputs, <paramref name="Multiple"/> means the port accepts several incoming
/// edges (for example a blend) and <paramref name="Required"/> means it must be connected.
/// </summary>
/// <param name="Name">The port name, unique among the node type's inputs (or outputs).</param>
/// <param name="Kind">What flows through the port.</param>
/// <param name="Required">For inputs: the node cannot run unless this port is connected.</param>
/// <param name="Multiple">For inputs: the port accepts more than one incoming edge.</param>
public sealed record PortSpec(string Name, PortKind Kind, bool Required = true, bool Multiple = false);
