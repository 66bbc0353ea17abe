namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>Extension, MIME type and ffmpeg output options of each <see cref="AudioFormat"/>, at 48 kHz.</summary>
internal static class AudioEncoding
{
    /// <summary>Brings any input to 48 kHz float stereo, so tracks of different kinds can be mixed.</summary>
    public const string Stereo48k = "aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo";

    public static string Extension(AudioFormat format) => format switch
    {
        AudioFormat.Aac => ".m4a",
        AudioFormat.Mp3 => ".mp3",
        _ => ".wav",
    };

    public static string MimeType(AudioFormat format) => format switch
    {
        AudioFormat.Aac => "audio/mp4",
        AudioFormat.Mp3 => "audio/mpeg",
        _ => "audio/wav",
    };

    /// <summary>Codec options (no video, 48 kHz); the bitrate applies to the lossy formats.</summary>
    public static string Options(AudioFormat format, int bitrateKbps) => "-vn -ar 48000 " + format switch
    {
        AudioFormat.Aac => $"-c:a aac -b:a {bitrateKbps}k -movflags +faststart",
        AudioFormat.Mp3 => $"-c:a libmp3lame -b:a {bitrateKbps}k",
        _ => "-c:a pcm_s16le",
    };
}
