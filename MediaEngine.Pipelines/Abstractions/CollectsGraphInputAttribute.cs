namespace MediaEngine.Pipelines.Abstractions;

/// <summary>
/// An input node that takes every asset supplied for its graph input in one run (<c>images.input</c>,
/// <c>videos.input</c>), not exactly one: such a graph input accepts several assets in one job.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectsGraphInputAttribute : Attribute;
