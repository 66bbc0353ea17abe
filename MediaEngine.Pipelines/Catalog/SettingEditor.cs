namespace MediaEngine.Pipelines.Catalog;

/// <summary>How a setting is edited: the settings form picks its control from this.</summary>
public enum SettingEditor
{
    Text = 0,
    MultilineText = 1,
    Integer = 2,
    Number = 3,
    Boolean = 4,
    Choice = 5,
    Colour = 6,
    Font = 7,
    ImageAsset = 8,
}
