using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Catalog;

/// <summary>Turns a node's JSON settings into its settings record and checks its DataAnnotations.</summary>
public static class SettingsBinder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>The bound settings, or the problems that stop binding, each naming the setting.</summary>
    public static (object? Settings, IReadOnlyList<string> Problems) Bind(Type settingsType, JsonObject settings)
    {
        var (bound, problems) = Check(settingsType, settings);
        return (bound, [.. problems.Select(p => p.Message)]);
    }

    /// <summary>Like <see cref="Bind"/>, with the (camelCase) setting each problem is about when it is about one.</summary>
    public static (object? Settings, IReadOnlyList<SettingProblem> Problems) Check(Type settingsType, JsonObject settings)
    {
        object? bound;
        try
        {
            bound = settings.Deserialize(settingsType, Json) ?? Activator.CreateInstance(settingsType)!;
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? null : ex.Path.TrimStart('$', '.');
            var setting = path is null ? null : path.Split('.', '[')[0];
            return (null, [new SettingProblem(string.IsNullOrEmpty(setting) ? null : setting, Describe(ex))]);
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(bound, new ValidationContext(bound), results, validateAllProperties: true);
        var problems = results
            .Select(r => new SettingProblem(
                r.MemberNames.FirstOrDefault() is { } member ? JsonNamingPolicy.CamelCase.ConvertName(member) : null,
                r.ErrorMessage ?? "invalid setting"))
            .ToList();
        return (problems.Count == 0 ? bound : null, problems);
    }

    /// <summary>The canonical JSON of bound settings: defaults filled in, stable property order. Part of the cache key.</summary>
    public static string Canonical(object settings) => JsonSerializer.Serialize(settings, settings.GetType(), Json);

    public static JsonSerializerOptions SerializerOptions => Json;

    private static string Describe(JsonException ex)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? null : ex.Path.TrimStart('$', '.');
        var reason = ex.Message.Split(" Path:", 2)[0];
        return path is null ? $"Settings are not valid: {reason}" : $"Setting '{path}' is not valid: {reason}";
    }
}
