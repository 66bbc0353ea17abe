using MediaEngine.Domain.Options;

namespace MediaEngine.Domain.Persistence;

/// <summary>The provider and connection string in effect, for components that share the database (Quartz).</summary>
public sealed record DatabaseConnectionInfo(DatabaseProvider Provider, string ConnectionString);
