namespace MediaEngine.Domain.Persistence;

/// <summary>The configured database cannot be used; the message names the setting to fix.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
