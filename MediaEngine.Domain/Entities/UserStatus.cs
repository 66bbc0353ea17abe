namespace MediaEngine.Domain.Entities;

public enum UserStatus
{
    /// <summary>An admin invited this e-mail address; it becomes Active on first sign-in.</summary>
    Invited = 0,
    Active = 1,
    Disabled = 2,
}
