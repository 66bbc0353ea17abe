using System.Diagnostics.CodeAnalysis;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// A reference to one port of one node, written <c>"node.port"</c> (for example <c>"resize.image"</c>).
/// </summary>
/// <param name="Node">The node id.</param>
/// <param name="Port">The port name on that node.</param>
public sealed record PortRef(string Node, string Port)
{
    /// <summary>The reference as <c>"node.port"</c>.</summary>
    public override string ToString() => $"{Node}.{Port}";

    /// <summary>
    /// Parses <c>"node.port"</c>. The node id ends at the first dot; both parts must be non-empty.
    /// </summary>
    /// <exception cref="FormatException">The text is not a <c>"node.port"</c> reference.</exception>
    public static PortRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var result))
        {
            throw new FormatException(
                $"\"{text}\" is not a port reference: expected \"node.port\" (a node id and a port name separated by a dot, for example \"resize.image\").");
        }

        return result;
    }

    /// <summary>Parses <c>"node.port"</c>; <see langword="false"/> when the text is not such a reference.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PortRef? result)
    {
        result = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1)
        {
            return false;
        }

        result = new PortRef(text[..dot], text[(dot + 1)..]);
        return true;
    }
}
