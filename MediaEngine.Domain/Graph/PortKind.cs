namespace MediaEngine.Domain.Graph;

/// <summary>
/// The kind of artifact that flows through a port. Serialised by name (for example <c>"Image"</c>).
/// </summary>
public enum PortKind
{
    Image,
    ImageSet,
    Video,
    Audio,
    Text,
    Data,
}
