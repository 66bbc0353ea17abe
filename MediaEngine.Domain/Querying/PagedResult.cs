namespace MediaEngine.Domain.Querying;

/// <summary>One page of a server-side paged list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);
