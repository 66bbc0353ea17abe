namespace MediaEngine.Pipelines.Catalog;

/// <summary>Marks a string setting as a font family (an installed one is checked when the node runs); binds to font parameters.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FontFamilyAttribute : Attribute
{
}
