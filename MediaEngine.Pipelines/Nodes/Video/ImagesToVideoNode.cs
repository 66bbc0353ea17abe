using System.Text;
using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>
/// Turns a set of images into a slideshow video: each image fills the frame (scaled to cover, then centre-cropped),
/// lasts a fixed time or an even share of the connected audio, may slowly zoom (Ken Burns), and fades into the next with <c>xfade</c>.
/// Writes H.264 yuv420p MP4 without sound; put the audio on with <c>video.add-audio</c>.
/// </summary>
[PipelineNode("video.from-images", 1, NodeCategory.Video, "Images to video", "Make a slideshow video from images, with cross-fades, e.g. a 9:16 reel.")]
[InputPort("images", PortKind.ImageSet, Multiple = true)]
[InputPort("audio", PortKind.Audio, Optional = true)]
[OutputPort("video", PortKind.Video)]
[RequiresTool("ffmpeg")]
[RequiresTool("ffprobe")]
public sealed class ImagesToVideoNode(IFfmpegRunner ffmpeg, IMediaProbe probe) : PipelineNode<ImagesToVideoSettings>
{
    /// <summary>Most images in one slideshow.</summary>
    public const int MaxImages = 100;

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, ImagesToVideoSettings settings, CancellationToken cancellationToken)
    {
        var images = context.Inputs("images");
        if (images.Count is 0 or > MaxImages)
        {
            throw new ArgumentException($"A slideshow takes 1 to {MaxImages} images; {images.Count} arrived on 'images'.");
        }

        var crossfade = images.Count == 1 ? 0 : settings.CrossfadeSeconds;
        var slide = settings.Timing == SlideTiming.FitAudio
            ? await SlideForAudioAsync(context, images.Count, crossfade, cancellationToken)
            : settings.SlideSeconds;
        var total = TotalSeconds(images.Count, slide, crossfade);

        var rate = settings.Fps.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inputLength = FfmpegValues.Number(slide);
        FFMpegArguments? arguments = null;
        var motion = settings.Motion == SlideMotion.KenBurns;
        foreach (var image in images)
        {
            // A still slide loops the picture for its length; a moving one reads it once and zoompan makes the frames.
            void Looped(FFMpegInputOptions o) => o.WithCustomArgument(motion ? $"-framerate {rate}" : $"-loop 1 -framerate {rate} -t {inputLength}");
            arguments = arguments is null
                ? FFMpegArguments.FromFileInput(image.Path, true, Looped)
                : arguments.AddFileInput(image.Path, true, Looped);
        }

        var output = context.NewOutputPath(H264Output.Extension);
        var graph = FilterGraph(images.Count, settings.Width, settings.Height, settings.Fps, slide, crossfade, motion);
        var progress = new Progress<double>(p => context.ReportProgress(p));
        context.Log($"Making a {FfmpegValues.Seconds(total)} slideshow of {images.Count} image{(images.Count == 1 ? string.Empty : "s")} " +
                    $"at {settings.Width}×{settings.Height}, {settings.Fps} fps, {FfmpegValues.Seconds(slide)} a slide.");
        await ffmpeg.RunAsync(arguments!, output, o => o
            .WithCustomArgument($"-filter_complex {graph} -map [v] -an -t {FfmpegValues.Number(total)}")
            .WithCustomArgument(H264Output.Video(settings.Crf)),
            TimeSpan.FromSeconds(total), progress, cancellationToken);

        return NodeOutputs.Of(new NodeOutputFile("video", output, PortKind.Video, "video/mp4", settings.Width, settings.Height, total));
    }

    /// <summary>The length of <paramref name="count"/> slides of <paramref name="slide"/> seconds, each overlapping the next by <paramref name="crossfade"/>.</summary>
    internal static double TotalSeconds(int count, double slide, double crossfade) => (count * slide) - ((count - 1) * crossfade);

    /// <summary>
    /// Per image: cover the frame (scale up to fill, crop the centre), fix the rate; then chain the slides with
    /// <c>xfade</c> (or <c>concat</c> when there is no cross-fade). No spaces.
    /// </summary>
    internal static string FilterGraph(int count, int width, int height, int fps, double slide, double crossfade, bool kenBurns = false)
    {
        var graph = new StringBuilder();
        var frames = (int)Math.Ceiling(slide * fps) + 1;
        for (var i = 0; i < count; i++)
        {
            graph.Append($"[{i}:v:0]");
            if (kenBurns)
            {
                // Cover a frame twice the size so the zoom moves smoothly, then zoom 10 % in (even slides) or out (odd).
                var zoom = i % 2 == 0 ? $"1+0.1*on/{frames}" : $"1.1-0.1*on/{frames}";
                graph.Append($"scale={width * 2}:{height * 2}:force_original_aspect_ratio=increase,crop={width * 2}:{height * 2},")
                     .Append($"zoompan=z={zoom}:x=iw/2-(iw/zoom/2):y=ih/2-(ih/zoom/2):d={frames}:s={width}x{height}:fps={fps},");
            }
            else
            {
                graph.Append($"scale={width}:{height}:force_original_aspect_ratio=increase,crop={width}:{height},");
            }

            graph.Append($"setsar=1,fps={fps},format=yuv420p,trim=duration={FfmpegValues.Number(slide)},setpts=PTS-STARTPTS[s{i}];");
        }

        if (count == 1)
        {
            return graph.Append("[s0]null[v]").ToString();
        }

        if (crossfade <= 0)
        {
            for (var i = 0; i < count; i++)
            {
                graph.Append($"[s{i}]");
            }

            return graph.Append($"concat=n={count}:v=1:a=0[v]").ToString();
        }

        var previous = "s0";
        for (var i = 1; i < count; i++)
        {
            var label = i == count - 1 ? "v" : $"x{i}";
            var offset = i * (slide - crossfade);
            graph.Append($"[{previous}][s{i}]xfade=transition=fade:duration={FfmpegValues.Number(crossfade)}:offset={FfmpegValues.Number(offset)}[{label}]");
            if (i < count - 1)
            {
                graph.Append(';');
            }

            previous = label;
        }

        return graph.ToString();
    }

    private async Task<double> SlideForAudioAsync(NodeContext context, int count, double crossfade, CancellationToken cancellationToken)
    {
        var audio = context.Inputs("audio");
        if (audio.Count == 0)
        {
            throw new ArgumentException("Timing 'FitAudio' spreads the slides over the audio, but nothing is connected to the 'audio' input; connect audio or use 'FixedDuration'.");
        }

        var info = await probe.ProbeAsync(audio[0].Path, cancellationToken);
        if (info.Audio is null || info.DurationSeconds is not > 0)
        {
            throw new ArgumentException("The audio on the 'audio' input has no sound stream or no duration, so the slides cannot be fitted to it.");
        }

        var length = info.DurationSeconds.Value;
        if (length <= crossfade)
        {
            throw new ArgumentException(
                $"The audio ({FfmpegValues.Seconds(length)}) must be longer than the cross-fade ({FfmpegValues.Seconds(crossfade)}) to fit the slides to it.");
        }

        var slide = (length + ((count - 1) * crossfade)) / count;
        if (slide <= crossfade)
        {
            throw new ArgumentException(
                $"Spread over {FfmpegValues.Seconds(length)} of audio, {count} slides would last {FfmpegValues.Seconds(slide)} each, " +
                $"no longer than the cross-fade ({FfmpegValues.Seconds(crossfade)}); use fewer images, longer audio or a shorter cross-fade.");
        }

        return slide;
    }
}
