using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaEngine.Pipelines.Media;

/// <summary>Registers the media adapters nodes use: probe, ffmpeg runner and image loader.</summary>
public static class MediaAdapterRegistration
{
    /// <summary>
    /// Binds <see cref="MediaLimits"/> from <c>MediaEngine:Media</c> and registers <see cref="IMediaProbe"/>,
    /// <see cref="IFfmpegRunner"/> and <see cref="IImageLoader"/> as singletons (plus <see cref="ISystemToolProbe"/>
    /// if nothing registered it yet). Adds logging if the host has not (<c>AddLogging</c> is idempotent).
    /// </summary>
    public static IServiceCollection AddMediaAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<MediaLimits>()
            .Bind(configuration.GetSection(MediaLimits.Section))
            .Validate(l => l.MaxPixels > 0, $"{MediaLimits.KeyOf(nameof(MediaLimits.MaxPixels))} must be positive.")
            .Validate(l => l.MaxFileBytes > 0, $"{MediaLimits.KeyOf(nameof(MediaLimits.MaxFileBytes))} must be positive.")
            .Validate(l => l.MaxImageDimension > 0, $"{MediaLimits.KeyOf(nameof(MediaLimits.MaxImageDimension))} must be positive.");

        services.AddLogging();
        services.TryAddSingleton<IConfiguration>(configuration);
        services.TryAddSingleton<ISystemToolProbe, SystemToolProbe>();
        services.AddSingleton<IMediaProbe, MediaProbe>();
        services.AddSingleton<IFfmpegRunner, FfmpegRunner>();
        services.AddSingleton<IImageLoader, ImageLoader>();
        return services;
    }
}
