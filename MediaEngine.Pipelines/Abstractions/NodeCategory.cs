namespace MediaEngine.Pipelines.Abstractions;

public enum NodeCategory
{
    Io = 0,
    Image = 1,
    Video = 2,
    Audio = 3,
    Flow = 4,
}
