namespace MediaEngine.Domain.Graph.Parameters;

/// <summary>
/// What a graph parameter holds, matching the kinds of node setting it can be bound to. Serialised by name
/// (for example <c>"Colour"</c>).
/// </summary>
public enum GraphParameterKind
{
    /// <summary>A line or block of text.</summary>
    Text,

    /// <summary>Any number.</summary>
    Number,

    /// <summary>A whole number (also binds to number settings).</summary>
    Integer,

    /// <summary>On or off.</summary>
    Boolean,

    /// <summary>A colour written <c>#rrggbb</c>.</summary>
    Colour,

    /// <summary>One of the parameter's <see cref="GraphParameter.Choices"/>.</summary>
    Choice,

    /// <summary>An installed font family (also binds to text settings, and text parameters to font settings).</summary>
    Font,

    /// <summary>An image from the asset library, written as its asset id; no value means no image.</summary>
    Image,
}
