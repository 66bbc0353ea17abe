namespace MediaEngine.Pipelines.Media.Probing;

/// <summary>The main audio stream of a media file.</summary>
/// <param name="Codec">The ffmpeg codec name, e.g. <c>aac</c>, <c>pcm_s16le</c>.</param>
/// <param name="SampleRate">Samples per second, e.g. 48000; 0 when unknown.</param>
/// <param name="Channels">Number of channels; 0 when unknown.</param>
public sealed record AudioStreamInfo(string Codec, int SampleRate, int Channels);
