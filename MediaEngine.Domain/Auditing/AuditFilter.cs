namespace MediaEngine.Domain.Auditing;

/// <summary>Narrows the audit trail: actions starting with <see cref="ActionPrefix"/>, free text in actor/target/details, a time range.</summary>
public sealed record AuditFilter(string? ActionPrefix = null, string? Search = null, DateTime? From = null, DateTime? To = null);
