namespace MediaEngine.Web.Services;

public sealed record DashboardSummary(int Users, int Presets, int Assets, int Jobs);
