using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>Settings of <c>data.table</c>: the graph input (a .csv or .json file) to read, and how many rows it may have.</summary>
public sealed record DataTableSettings
{
    [Required(ErrorMessage = "Input nodes must name the graph input they read ('input').")]
    [Display(Name = "Graph input", Description = "The graph input (kind Data: a .csv or .json file) to read")]
    public string Input { get; init; } = string.Empty;

    [Range(1, 10_000, ErrorMessage = "Maximum rows must be between 1 and 10000.")]
    [Display(Name = "Maximum rows", Description = "Tables with more data rows than this are refused")]
    public int MaxRows { get; init; } = 1000;
}
