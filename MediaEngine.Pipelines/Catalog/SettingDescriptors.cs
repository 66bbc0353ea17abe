using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using MediaEngine.Domain.Graph.Parameters;

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
            _ when property.GetCustomAttribute<FontFamilyAttribute>() is not null => SettingEditor.Font,
            _ when property.GetCustomAttribute<ImageAssetAttribute>() is not null => SettingEditor.ImageAsset,
            _ when data?.DataType == DataType.MultilineText => SettingEditor.MultilineText,
            _ => SettingEditor.Text,
        };

        return new SettingDescriptor(
            JsonNamingPolicy.CamelCase.ConvertName(property.Name),
            display?.Name ?? property.Name,
            display?.Description ?? property.GetCustomAttribute<DescriptionAttribute>()?.Description,
            editor,
            property.GetCustomAttribute<RequiredAttribute>() is not null,
            Bound(range?.Minimum),
            Bound(range?.Maximum),
            type.IsEnum ? Enum.GetNames(type) : [],
            defaults is null ? null : property.GetValue(defaults));
    }

    /// <summary>A range limit, or null for none (an open end is written as int.MinValue/MaxValue or ±double.MaxValue).</summary>
    private static double? Bound(object? limit)
    {
        if (limit is null)
        {
            return null;
        }

        var value = Convert.ToDouble(limit, System.Globalization.CultureInfo.InvariantCulture);
        return double.IsInfinity(value) || Math.Abs(value) >= int.MaxValue ? null : value;
    }

    /// <summary>The kind of graph parameter a setting edited this way can be bound to.</summary>
    public static GraphParameterKind KindOf(SettingEditor editor) => editor switch
    {
        SettingEditor.Integer => GraphParameterKind.Integer,
        SettingEditor.Number => GraphParameterKind.Number,
        SettingEditor.Boolean => GraphParameterKind.Boolean,
        SettingEditor.Choice => GraphParameterKind.Choice,
        SettingEditor.Colour => GraphParameterKind.Colour,
        SettingEditor.Font => GraphParameterKind.Font,
        SettingEditor.ImageAsset => GraphParameterKind.Image,
        _ => GraphParameterKind.Text,
    };
}
