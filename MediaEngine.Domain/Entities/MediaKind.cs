namespace MediaEngine.Domain.Entities;

/// <summary>The kind of a stored file. Pipeline ports use the richer PortKind.</summary>
public enum MediaKind
{
    Image = 0,
    Video = 1,
    Audio = 2,
    Text = 3,
    Data = 4,
}
