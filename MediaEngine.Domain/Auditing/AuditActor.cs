namespace MediaEngine.Domain.Auditing;

/// <summary>Who did it: a user, an API key, the system or an anonymous caller.</summary>
public sealed record AuditActor(Guid? Id, string Name, string? IpAddress = null)
{
    public static readonly AuditActor System = new(null, "system");

    public static AuditActor Anonymous(string? ipAddress) => new(null, "anonymous", ipAddress);
}
