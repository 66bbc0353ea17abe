using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Tests.Media;

public sealed class MediaAdapterRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMediaAdapters(configuration).BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void AddMediaAdapters_ShouldBindLimitsFromMediaSection_WhenConfigured()
    {
        using var provider = Build(new()
        {
            ["MediaEngine:Media:MaxPixels"] = "1234",
            ["MediaEngine:Media:MaxFileBytes"] = "5678",
            ["MediaEngine:Media:MaxImageDimension"] = "90",
        });

        var limits = provider.GetRequiredService<IOptions<MediaLimits>>().Value;

        (limits.MaxPixels, limits.MaxFileBytes, limits.MaxImageDimension).ShouldBe((1234L, 5678L, 90));
    }

    [Fact]
    public void AddMediaAdapters_ShouldKeepDefaults_WhenSectionIsAbsent()
    {
        using var provider = Build([]);

        var limits = provider.GetRequiredService<IOptions<MediaLimits>>().Value;

        (limits.MaxPixels, limits.MaxFileBytes, limits.MaxImageDimension).ShouldBe((100_000_000L, 2L * 1024 * 1024 * 1024, 30_000));
    }

    [Fact]
    public void AddMediaAdapters_ShouldRegisterEveryAdapterAsSingleton_WhenResolved()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IMediaProbe>().ShouldBeOfType<MediaProbe>();
        provider.GetRequiredService<IFfmpegRunner>().ShouldBeOfType<FfmpegRunner>();
        provider.GetRequiredService<IImageLoader>().ShouldBeOfType<ImageLoader>();
        provider.GetRequiredService<ISystemToolProbe>().ShouldNotBeNull();
        provider.GetRequiredService<IImageLoader>().ShouldBeSameAs(provider.GetRequiredService<IImageLoader>());
        provider.GetRequiredService<IFfmpegRunner>().ShouldBeSameAs(provider.GetRequiredService<IFfmpegRunner>());
        provider.GetRequiredService<IMediaProbe>().ShouldBeSameAs(provider.GetRequiredService<IMediaProbe>());
    }

    [Fact]
    public void AddMediaAdapters_ShouldRejectLimits_WhenALimitIsNotPositive()
    {
        using var provider = Build(new() { ["MediaEngine:Media:MaxPixels"] = "0" });

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MediaLimits>>().Value)
            .Message.ShouldContain("MediaEngine:Media:MaxPixels");
    }
}
