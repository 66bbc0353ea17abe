using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>Which graph input an input node reads.</summary>
public sealed record InputSettings
{
    [Required(ErrorMessage = "Input nodes must name the graph input they read ('input').")]
    [Display(Name = "Graph input", Description = "The name of the graph input this node reads")]
    public string Input { get; init; } = string.Empty;
}
