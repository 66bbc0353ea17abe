namespace MediaEngine.Pipelines.Abstractions;

/// <summary>The node needs this system tool (<c>ffmpeg</c>, <c>ffprobe</c>, <c>espeak-ng</c>); without it the node refuses to run and says so.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RequiresToolAttribute(string toolName) : Attribute
{
    public string ToolName { get; } = toolName;
}
