using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Pipelines.Demo;

/// <summary>Registers the demo media generator and seeder, with <see cref="DemoMediaOptions"/> bound from <c>MediaEngine:DemoMedia</c>.</summary>
public static class DemoMediaRegistration
{
    public static IServiceCollection AddDemoMedia(this IServiceCollection services)
    {
        services.AddOptions<DemoMediaOptions>().BindConfiguration(DemoMediaOptions.Section);
        services.AddSingleton<DemoMediaGenerator>();
        services.AddSingleton<DemoMediaSeeder>();
        return services;
    }
}
