namespace MediaEngine.Domain.Entities;

public sealed class User
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Lower-case e-mail address; unique.</summary>
    public required string Email { get; set; }

    public required string Name { get; set; }

    public string? PictureUrl { get; set; }

    public UserRole Role { get; set; } = UserRole.Viewer;

    public UserStatus Status { get; set; } = UserStatus.Invited;

    public Guid? InvitedById { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? LastSignInAt { get; set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
