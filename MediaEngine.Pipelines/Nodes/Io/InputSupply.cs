using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>The files supplied for a graph input, or a clear error when there are none.</summary>
internal static class InputSupply
{
    public static IReadOnlyList<ArtifactRef> Require(NodeContext context, string input) =>
        context.GraphInputs.TryGetValue(input, out var supplied) && supplied.Count > 0
            ? supplied
            : throw new InvalidOperationException($"No file was supplied for the graph input '{input}'.");

    /// <summary>Runs a check on a supplied file; a refusal names the file as the caller knows it, not its stored copy.</summary>
    public static async Task<T> CheckAsync<T>(ArtifactRef source, Func<string, Task<T>> check)
    {
        try
        {
            return await check(source.Path);
        }
        catch (MediaInputException ex) when (source.Name is not null)
        {
            throw new MediaInputException(source.Name, ex.Reason, ex);
        }
    }
}
