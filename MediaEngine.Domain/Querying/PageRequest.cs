namespace MediaEngine.Domain.Querying;

/// <summary>A zero-based page and its size, clamped to sane bounds.</summary>
public readonly record struct PageRequest
{
    public const int MaxPageSize = 500;

    public PageRequest(int page, int pageSize)
    {
        Page = Math.Max(0, page);
        PageSize = Math.Clamp(pageSize, 1, MaxPageSize);
    }

    public int Page { get; }

    public int PageSize { get; }

    public int Skip => Page * PageSize;
}
