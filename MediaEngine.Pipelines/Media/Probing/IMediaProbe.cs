namespace MediaEngine.Pipelines.Media.Probing;

/// <summary>Reads what a media file contains (format, duration, streams) without decoding it.</summary>
public interface IMediaProbe
{
    /// <summary>
    /// Runs <c>ffprobe -v error -print_format json -show_format -show_streams</c> on the file.
    /// </summary>
    /// <exception cref="MediaInputException">The file is missing or ffprobe cannot read it; names the file and ffprobe's reason.</exception>
    /// <exception cref="InvalidOperationException">ffprobe is not installed; says what that disables.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the ffprobe process has been killed.</exception>
    Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken);
}
