namespace MediaEngine.Domain.Graph;

/// <summary>
/// The kinds of problem <see cref="GraphValidator"/> reports.
/// </summary>
public enum GraphProblemCode
{
    DuplicateNodeId,
    UnknownNodeType,
    UnknownNode,
    UnknownPort,
    KindMismatch,
    TooManyEdges,
    RequiredInputUnconnected,
    Cycle,
    InvalidSettings,
    UnreachableNode,
    NoOutputs,
    UnknownGraphInput,
    UnboundGraphInput,
    DuplicateName,
    InvalidId,
    InvalidParameter,
    UnknownParameter,
    InvalidBinding,
    ParameterKindMismatch,
    InvalidParameterValue,
    UnusedParameter,
}
