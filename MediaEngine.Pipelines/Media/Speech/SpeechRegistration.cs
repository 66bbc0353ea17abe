using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaEngine.Pipelines.Media.Speech;

/// <summary>Registers the text-to-speech adapter the <c>audio.tts</c> node uses.</summary>
public static class SpeechRegistration
{
    /// <summary>
    /// Registers <see cref="ITextToSpeech"/> as <see cref="EspeakTextToSpeech"/> (singleton), plus
    /// <see cref="ISystemToolProbe"/> if nothing registered it yet (it needs an <c>IConfiguration</c> in the container)
    /// and logging (<c>AddLogging</c> is idempotent).
    /// </summary>
    public static IServiceCollection AddSpeech(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.TryAddSingleton<ISystemToolProbe, SystemToolProbe>();
        services.TryAddSingleton<ITextToSpeech, EspeakTextToSpeech>();
        return services;
    }
}
