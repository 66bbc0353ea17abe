using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Configuration;

namespace MediaEngine.Pipelines.Tests.Media.TestSupport;

/// <summary>The real system tool probe, optionally with tool paths overridden.</summary>
public static class ToolProbes
{
    public static ISystemToolProbe Real(Dictionary<string, string?>? settings = null) =>
        new SystemToolProbe(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());
}
