using MediaEngine.Domain.Options;
using Microsoft.AspNetCore.DataProtection;

namespace MediaEngine.Web.Services;

/// <summary>
/// Keeps the keys that protect sign-in cookies and antiforgery tokens in the data folder (owner-only
/// permissions), so sign-ins survive restarts and several web nodes sharing the folder agree on them.
/// </summary>
public static class DataProtectionSetup
{
    public static IHostApplicationBuilder AddMediaEngineDataProtection(this IHostApplicationBuilder builder)
    {
        var engine = builder.Configuration.GetSection(MediaEngineOptions.Section).Get<MediaEngineOptions>() ?? new();
        var keys = Directory.CreateDirectory(Path.Combine(engine.FullDataPath, "keys"));
        if (!OperatingSystem.IsWindows())
        {
            keys.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        builder.Services.AddDataProtection()
            .SetApplicationName("MediaEngine")
            .PersistKeysToFileSystem(keys);
        return builder;
    }
}
