using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Tests.Media.Probing;

/// <summary>
/// The Recorded/*.json files are real ffprobe 5.1 output (-v error -print_format json -show_format -show_streams)
/// for media made with ffmpeg's lavfi sources; the size passed in is the size those files had.
/// </summary>
public sealed class FfprobeJsonParserTests
{
    private const string Mp4Format = "mov,mp4,m4a,3gp,3g2,mj2";

    private static MediaInfo ParseRecorded(string name, long size) =>
        FfprobeJsonParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Media", "Probing", "Recorded", name + ".json")), size);

    [Fact]
    public void Parse_ShouldNormaliseEveryField_WhenClipIsH264720p30WithAac()
    {
        var info = ParseRecorded("h264_aac_720p30", 121_733);

        info.FormatName.ShouldBe(Mp4Format);
        info.DurationSeconds.ShouldBe(2.0);
        info.BitRate.ShouldBe(486_932);
        info.SizeBytes.ShouldBe(121_733);
        info.IsStillImage.ShouldBeFalse();
        info.Video.ShouldBe(new VideoStreamInfo("h264", 1280, 720, 30, "yuv420p", 0, 60));
        info.Audio.ShouldBe(new AudioStreamInfo("aac", 48_000, 2));
    }

    [Fact]
    public void Parse_ShouldReadFractionalFrameRate_WhenRateIs30000Over1001()
    {
        var info = ParseRecorded("ntsc_2997", 48_079);

        info.FormatName.ShouldBe(Mp4Format);
        info.DurationSeconds.ShouldBe(2.002);
        info.BitRate.ShouldBe(192_123);
        info.SizeBytes.ShouldBe(48_079);
        info.Audio.ShouldBeNull();
        info.IsStillImage.ShouldBeFalse();
        var video = info.Video.ShouldNotBeNull();
        video.FrameRate.ShouldBe(30000d / 1001, tolerance: 1e-9);
        (video with { FrameRate = 0 }).ShouldBe(new VideoStreamInfo("h264", 640, 360, 0, "yuv420p", 0, 60));
    }

    [Fact]
    public void Parse_ShouldReportStillImageWithoutDuration_WhenFileIsPng()
    {
        var info = ParseRecorded("still_png", 2_687);

        info.FormatName.ShouldBe("png_pipe");
        info.DurationSeconds.ShouldBeNull();
        info.BitRate.ShouldBeNull();
        info.SizeBytes.ShouldBe(2_687);
        info.Audio.ShouldBeNull();
        info.IsStillImage.ShouldBeTrue();
        // ffprobe says 25/1 and gives no nb_frames; a picture has one frame and no frame rate.
        info.Video.ShouldBe(new VideoStreamInfo("png", 320, 240, 0, "rgb24", 0, 1));
    }

    [Fact]
    public void Parse_ShouldReportStillImageAndDropInventedDuration_WhenFileIsJpegReadByImage2()
    {
        var info = ParseRecorded("still_jpeg", 9_059);

        info.FormatName.ShouldBe("image2");
        info.DurationSeconds.ShouldBeNull(); // ffprobe reports 0.04 s: one frame at the demuxer's default 25 fps
        info.BitRate.ShouldBe(1_811_800);
        info.SizeBytes.ShouldBe(9_059);
        info.Audio.ShouldBeNull();
        info.IsStillImage.ShouldBeTrue();
        info.Video.ShouldBe(new VideoStreamInfo("mjpeg", 320, 240, 0, "yuvj444p", 0, 1));
    }

    [Fact]
    public void Parse_ShouldReportAudioOnly_WhenFileIsWavSine()
    {
        var info = ParseRecorded("sine_wav", 88_278);

        info.FormatName.ShouldBe("wav");
        info.DurationSeconds.ShouldBe(1.0);
        info.BitRate.ShouldBe(706_224);
        info.SizeBytes.ShouldBe(88_278);
        info.Video.ShouldBeNull();
        info.IsStillImage.ShouldBeFalse();
        info.Audio.ShouldBe(new AudioStreamInfo("pcm_s16le", 44_100, 1));
    }

    [Fact]
    public void Parse_ShouldReportClockwise90AndSwapDisplaySize_WhenDisplayMatrixRotationIsMinus90()
    {
        // Like a phone held upright: stored landscape, display matrix "rotation": -90.
        var info = ParseRecorded("rotated_phone", 29_272);

        info.FormatName.ShouldBe(Mp4Format);
        info.DurationSeconds.ShouldBe(1.0);
        info.BitRate.ShouldBe(234_176);
        info.Audio.ShouldBeNull();
        var video = info.Video.ShouldNotBeNull();
        video.ShouldBe(new VideoStreamInfo("h264", 640, 360, 30, "yuv420p", 90, 30));
        video.DisplayWidth.ShouldBe(360);
        video.DisplayHeight.ShouldBe(640);
    }

    [Fact]
    public void Parse_ShouldReportClockwise270_WhenDisplayMatrixRotationIsPlus90()
    {
        var video = ParseRecorded("rotated_ccw", 29_272).Video.ShouldNotBeNull();

        video.Rotation.ShouldBe(270);
        video.IsQuarterTurned.ShouldBeTrue();
        (video.DisplayWidth, video.DisplayHeight).ShouldBe((360, 640));
    }

    [Fact]
    public void Parse_ShouldIgnoreCoverArtAsVideo_WhenMp3HasAttachedPicture()
    {
        var info = ParseRecorded("cover_art_mp3", 17_669);

        info.FormatName.ShouldBe("mp3");
        info.DurationSeconds.ShouldBe(1.044898);
        info.BitRate.ShouldBe(135_278);
        info.SizeBytes.ShouldBe(17_669);
        info.Video.ShouldBeNull();
        info.IsStillImage.ShouldBeFalse();
        info.Audio.ShouldBe(new AudioStreamInfo("mp3", 44_100, 1));
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("-90", 270)]
    [InlineData("180", 180)]
    [InlineData("270", 270)]
    public void Parse_ShouldReadLegacyRotateTag_WhenThereIsNoDisplayMatrix(string rotate, int expected)
    {
        // ffprobe before 5.0 reported rotation as a "rotate" tag (clockwise degrees).
        var json = $$$"""
            {"streams":[{"codec_type":"video","codec_name":"h264","width":1920,"height":1080,
              "r_frame_rate":"30/1","tags":{"rotate":"{{{rotate}}}"}}],
             "format":{"format_name":"mov,mp4,m4a,3gp,3g2,mj2","duration":"3.5"}}
            """;

        FfprobeJsonParser.Parse(json, 10).Video.ShouldNotBeNull().Rotation.ShouldBe(expected);
    }

    [Fact]
    public void Parse_ShouldFallBackToAverageRateAndLeaveFrameCountNull_WhenRFrameRateIs0Over0AndNbFramesAbsent()
    {
        const string json = """
            {"streams":[{"codec_type":"video","codec_name":"vp9","width":640,"height":480,
              "r_frame_rate":"0/0","avg_frame_rate":"24000/1001"}],
             "format":{"format_name":"matroska,webm","duration":"10.0","bit_rate":"N/A"}}
            """;

        var info = FfprobeJsonParser.Parse(json, 1234);

        info.BitRate.ShouldBeNull();
        var video = info.Video.ShouldNotBeNull();
        video.FrameRate.ShouldBe(24000d / 1001, tolerance: 1e-9);
        video.FrameCount.ShouldBeNull();
        video.PixelFormat.ShouldBeNull();
        video.Rotation.ShouldBe(0);
    }

    [Fact]
    public void Parse_ShouldReportZeroFrameRate_WhenBothRatesAre0Over0()
    {
        const string json = """
            {"streams":[{"codec_type":"video","codec_name":"h264","width":2,"height":2,
              "r_frame_rate":"0/0","avg_frame_rate":"0/0"}],"format":{"format_name":"mpegts","duration":"1"}}
            """;

        FfprobeJsonParser.Parse(json, 1).Video.ShouldNotBeNull().FrameRate.ShouldBe(0);
    }

    [Fact]
    public void Parse_ShouldTreatImageCodecWithoutDurationAsStill_WhenFormatIsNotAnImageDemuxer()
    {
        const string json = """
            {"streams":[{"codec_type":"video","codec_name":"webp","width":10,"height":20,"r_frame_rate":"25/1"}],
             "format":{"format_name":"webp"}}
            """;

        FfprobeJsonParser.Parse(json, 1).IsStillImage.ShouldBeTrue();
    }

    [Fact]
    public void Parse_ShouldReportNoStreams_WhenFfprobeFoundNone()
    {
        var info = FfprobeJsonParser.Parse("{\n\n}", 6);

        info.ShouldBe(new MediaInfo("unknown", null, null, 6, null, null));
        info.IsStillImage.ShouldBeFalse();
    }

    [Fact]
    public void Parse_ShouldThrowFormatException_WhenTextIsNotJson()
    {
        Should.Throw<FormatException>(() => FfprobeJsonParser.Parse("moov atom not found", 1))
            .Message.ShouldContain("not valid JSON");
    }

    [Theory]
    [InlineData("30000/1001", 29.97002997)]
    [InlineData("30/1", 30.0)]
    [InlineData("25", 25.0)]
    [InlineData("0/0", null)]
    [InlineData("N/A", null)]
    [InlineData("", null)]
    [InlineData("1/0", null)]
    public void ParseRate_ShouldReturnFramesPerSecondOrNull_WhenGivenFfprobeRate(string rate, double? expected)
    {
        var parsed = FfprobeJsonParser.ParseRate(rate);

        if (expected is null)
        {
            parsed.ShouldBeNull();
        }
        else
        {
            parsed.ShouldNotBeNull().ShouldBe(expected.Value, tolerance: 1e-6);
        }
    }
}
