namespace MediaEngine.Domain.Options;

/// <summary>Bound from <c>MediaEngine</c>.</summary>
public sealed class MediaEngineOptions
{
    public const string Section = "MediaEngine";

    /// <summary>Folder for the SQLite database, artifacts and uploads. Relative paths are resolved against the working directory.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>E-mail addresses that become Admin on first sign-in.</summary>
    public List<string> Admins { get; set; } = [];

    public string FullDataPath => Path.GetFullPath(DataPath);
}
