namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>Where one file of an upload is.</summary>
public enum AssetUploadState
{
    /// <summary>Waiting for the files before it.</summary>
    Waiting,

    /// <summary>Coming in from the browser into a temporary file.</summary>
    Receiving,

    /// <summary>Received; its content is being checked and measured.</summary>
    Checking,

    /// <summary>Taken in as a new asset.</summary>
    Added,

    /// <summary>The same content was already an asset; nothing new was stored.</summary>
    Duplicate,

    /// <summary>Not accepted: wrong type, over a limit, corrupt.</summary>
    Refused,

    /// <summary>Could not be received or checked (connection lost, a tool missing).</summary>
    Failed,
}
