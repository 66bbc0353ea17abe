namespace MediaEngine.Domain.Users;

/// <summary>Someone proved they own <paramref name="Email"/> through <paramref name="Method"/> (google, link).</summary>
public sealed record SignInRequest(
    string Email,
    string? Name,
    string? PictureUrl,
    string Method,
    string? IpAddress,
    bool IsBootstrapAdmin = false);
