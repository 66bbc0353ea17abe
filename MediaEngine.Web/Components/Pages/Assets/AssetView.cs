namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>How the library is laid out.</summary>
public enum AssetView
{
    Grid,
    List,
}
