using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace MediaEngine.Pipelines.Catalog;

/// <summary>Reads a settings record's properties and DataAnnotations into form descriptors.</summary>
public static class SettingDescriptors
{
    public static IReadOnlyList<SettingDescriptor> For(Type settingsType)
    {
        var defaults = Activator.CreateInstance(settingsType);
        return settingsType
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => Describe(p, defaults))
            .ToList();
    }

    private static SettingDescriptor Describe(PropertyInfo property, object? defaults)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var range = property.GetCustomAttribute<RangeAttribute>();
        var display = property.GetCustomAttribute<DisplayAttribute>();
        var data = property.GetCustomAttribute<DataTypeAttribute>();
        var editor = type switch
        {
            _ when type.IsEnum => SettingEditor.Choice,
            _ when type == typeof(bool) => SettingEditor.Boolean,
            _ when type == typeof(int) || type == typeof(long) => SettingEditor.Integer,
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => SettingEditor.Number,
            _ when property.GetCustomAttribute<ColourAttribute>() is not null => SettingEditor.Colour,
            _ when data?.DataType == DataType.MultilineText => SettingEditor.MultilineText,
            _ => SettingEditor.Text,
        };

        return new SettingDescriptor(
            JsonNamingPolicy.CamelCase.ConvertName(property.Name),
            display?.Name ?? property.Name,
            display?.Description ?? property.GetCustomAttribute<DescriptionAttribute>()?.Description,
            editor,
            property.GetCustomAttribute<RequiredAttribute>() is not null,
            range is null ? null : Convert.ToDouble(range.Minimum, System.Globalization.CultureInfo.InvariantCulture),
            range is null ? null : Convert.ToDouble(range.Maximum, System.Globalization.CultureInfo.InvariantCulture),
            type.IsEnum ? Enum.GetNames(type) : [],
            defaults is null ? null : property.GetValue(defaults));
    }
}
