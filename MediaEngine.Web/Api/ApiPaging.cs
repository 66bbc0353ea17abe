using MediaEngine.Domain.Querying;

namespace MediaEngine.Web.Api;

/// <summary>
/// Paging in <c>/api/v1</c>: <c>page</c> counts from 1 (the first page when left out), <c>pageSize</c> is 50 unless
/// given, at most <see cref="PageRequest.MaxPageSize"/>. Answers carry the same 1-based page number.
/// </summary>
public static class ApiPaging
{
    public const int DefaultPageSize = 50;

    public static PageRequest Request(int? page, int? pageSize)
    {
        if (page < 1)
        {
            throw new ArgumentException($"page counts from 1; {page} is not a page.", nameof(page));
        }

        if (pageSize is < 1 or > PageRequest.MaxPageSize)
        {
            throw new ArgumentException($"pageSize is from 1 to {PageRequest.MaxPageSize}; {pageSize} is not allowed.", nameof(pageSize));
        }

        return new PageRequest((page ?? 1) - 1, pageSize ?? DefaultPageSize);
    }

    /// <summary>The page as the API answers it: its number counted from 1.</summary>
    public static PagedResult<T> Response<T>(PagedResult<T> result) => result with { Page = result.Page + 1 };
}
