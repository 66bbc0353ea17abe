using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Catalog;

/// <summary>
/// Marks a string setting as an image from the asset library, written as its asset id; empty means none. Binds to image
/// parameters (the brand kit's logo).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ImageAssetAttribute : ValidationAttribute
{
    public ImageAssetAttribute()
        : base("{0} must be the id of an image in the asset library (a GUID), or empty for none.")
    {
    }

    public override bool IsValid(object? value) => value is null || (value is string text && (text.Length == 0 || Guid.TryParse(text, out _)));
}
