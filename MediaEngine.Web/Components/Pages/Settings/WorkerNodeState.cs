namespace MediaEngine.Web.Components.Pages.Settings;

/// <summary>How a worker node looks from its last check-in.</summary>
public enum WorkerNodeState
{
    /// <summary>Checked in within three check-in intervals and not stopped.</summary>
    Alive,

    /// <summary>Not stopped, but silent for longer than three check-in intervals: crashed, hung or cut off.</summary>
    Missing,

    /// <summary>Shut down cleanly.</summary>
    Stopped,
}
