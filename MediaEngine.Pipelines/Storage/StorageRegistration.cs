using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Pipelines.Storage;

/// <summary>Registers storage measurement and cleanup, with <see cref="StorageOptions"/> bound from <c>MediaEngine:Storage</c> and validated at start-up.</summary>
public static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(
                o => o.IntermediateRetentionDays is >= 1 and <= StorageOptions.MaxRetentionDays,
                $"{StorageOptions.KeyOf(nameof(StorageOptions.IntermediateRetentionDays))} must be between 1 and {StorageOptions.MaxRetentionDays} days.")
            .ValidateOnStart();
        services.AddSingleton<StorageUsageQuery>();
        services.AddSingleton<StorageCleanupService>();
        return services;
    }
}
