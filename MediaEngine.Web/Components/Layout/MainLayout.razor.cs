using MudBlazor;

namespace MediaEngine.Web.Components.Layout;

public partial class MainLayout
{
    private readonly MudTheme _theme = MediaEngineTheme.Create();
    private bool _drawerOpen = true;
    private bool _isDarkMode;
    private bool _interactive;

    /// <summary>Whether the dark palette is showing; the app bar toggle flips it.</summary>
    internal bool IsDarkMode => _isDarkMode;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private void ToggleTheme() => _isDarkMode = !_isDarkMode;
}
