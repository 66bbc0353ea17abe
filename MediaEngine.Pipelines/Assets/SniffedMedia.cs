using MediaEngine.Domain.Entities;

namespace MediaEngine.Pipelines.Assets;

/// <summary>What a file's content says it is.</summary>
/// <param name="Kind">Image, video, audio, text or data.</param>
/// <param name="MimeType">The canonical MIME type, e.g. <c>image/png</c>.</param>
/// <param name="Extension">The canonical extension for <paramref name="MimeType"/>, e.g. <c>.png</c>; the stored file ends with it.</param>
/// <param name="Description">For people, e.g. <c>PNG image</c>, <c>MP4 video</c>, <c>CSV table</c>.</param>
public sealed record SniffedMedia(MediaKind Kind, string MimeType, string Extension, string Description);
