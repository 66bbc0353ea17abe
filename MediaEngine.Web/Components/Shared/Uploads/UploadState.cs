namespace MediaEngine.Web.Components.Shared.Uploads;

/// <summary>Where one file of an upload is.</summary>
public enum UploadState
{
    /// <summary>Waiting for the files before it.</summary>
    Waiting,

    /// <summary>Going up in chunks from the browser.</summary>
    Receiving,

    /// <summary>All bytes are in; its content is being checked and measured.</summary>
    Checking,

    /// <summary>Taken in as a new asset.</summary>
    Added,

    /// <summary>The same content was already an asset; nothing new was stored.</summary>
    Duplicate,

    /// <summary>Not accepted: wrong type, over a limit, corrupt.</summary>
    Refused,

    /// <summary>Could not be sent or checked (connection lost for too long, a tool missing).</summary>
    Failed,
}
