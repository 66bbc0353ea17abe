namespace MediaEngine.Domain.Options;

public enum DatabaseProvider
{
    Sqlite = 0,
    SqlServer = 1,
}
