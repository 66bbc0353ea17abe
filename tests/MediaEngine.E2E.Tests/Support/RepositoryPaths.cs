namespace MediaEngine.E2E.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The folder holding MediaEngine.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where tests leave screenshots for people to look at (ignored by git).</summary>
    public static string TestOutput { get; } = Directory.CreateDirectory(Path.Combine(Root, "test-output", "e2e")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"MediaEngine.sln not found above {AppContext.BaseDirectory}.");
    }
}
