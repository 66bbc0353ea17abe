namespace MediaEngine.Domain.Entities;

/// <summary>What a user may do. Ordered: each role can do everything the roles below it can.</summary>
public enum UserRole
{
    /// <summary>Reads everything, changes nothing.</summary>
    Viewer = 0,

    /// <summary>Runs jobs and edits presets.</summary>
    Operator = 1,

    /// <summary>Everything, including users, API keys and settings.</summary>
    Admin = 2,
}
