namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>The file formats audio nodes write.</summary>
public enum AudioFormat
{
    /// <summary>16-bit PCM WAV: lossless, large; best between nodes.</summary>
    Wav = 0,

    /// <summary>AAC in an .m4a file.</summary>
    Aac = 1,

    /// <summary>MP3.</summary>
    Mp3 = 2,
}
