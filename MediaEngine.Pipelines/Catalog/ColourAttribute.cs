namespace MediaEngine.Pipelines.Catalog;

/// <summary>Marks a string setting as a colour (<c>#rrggbb</c>), edited with a colour picker.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ColourAttribute : System.ComponentModel.DataAnnotations.RegularExpressionAttribute
{
    public ColourAttribute()
        : base("^#[0-9a-fA-F]{6}$")
    {
        ErrorMessage = "{0} must be a colour written #rrggbb.";
    }
}
