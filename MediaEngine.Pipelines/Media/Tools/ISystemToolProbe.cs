namespace MediaEngine.Pipelines.Media.Tools;

/// <summary>Finds the system tools and checks that they run.</summary>
public interface ISystemToolProbe
{
    /// <summary>The status of every tool, probed once and then remembered.</summary>
    Task<IReadOnlyList<SystemToolStatus>> GetStatusAsync(CancellationToken cancellationToken = default);

    Task<SystemToolStatus> GetStatusAsync(SystemTool tool, CancellationToken cancellationToken = default);
}
