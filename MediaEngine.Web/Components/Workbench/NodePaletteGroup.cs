using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>One category of the node palette with the node types in it that match the search.</summary>
/// <param name="Category">The category.</param>
/// <param name="Types">Its matching node types, by display name.</param>
public sealed record NodePaletteGroup(NodeCategory Category, IReadOnlyList<NodeTypeDescriptor> Types)
{
    /// <summary>The heading shown for the category.</summary>
    public string Label => Category switch
    {
        NodeCategory.Io => "Inputs",
        _ => Category.ToString(),
    };

    /// <summary>
    /// The node types grouped by category (in category order), keeping those whose display name, type id or
    /// description contains every word of <paramref name="search"/>, ignoring case. Empty categories are left out.
    /// </summary>
    public static IReadOnlyList<NodePaletteGroup> Build(IEnumerable<NodeTypeDescriptor> types, string? search)
    {
        ArgumentNullException.ThrowIfNull(types);
        var words = (search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return types
            .Where(t => words.All(w => Matches(t, w)))
            .GroupBy(t => t.Category)
            .OrderBy(g => g.Key)
            .Select(g => new NodePaletteGroup(g.Key, g.OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToArray()))
            .ToArray();
    }

    private static bool Matches(NodeTypeDescriptor type, string word) =>
        type.DisplayName.Contains(word, StringComparison.OrdinalIgnoreCase)
        || type.TypeId.Contains(word, StringComparison.OrdinalIgnoreCase)
        || type.Description.Contains(word, StringComparison.OrdinalIgnoreCase);
}
