using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Users;

public sealed record SignInDecision(User? User, string? RefusalReason)
{
    public bool IsAllowed => User is not null;

    public static SignInDecision Allowed(User user) => new(user, null);

    public static SignInDecision Refused(string reason) => new(null, reason);
}
