using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// Failures of the job's own infrastructure that are worth another firing: the database busy or locked, a
/// connection that timed out or dropped. Never a media failure — those fail the node with its error and are
/// not thrown out of a run.
/// </summary>
public static class TransientFailure
{
    public static bool Is(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            // SQLite says busy (5) or locked (6) without flagging it transient; SQL Server's client flags its own.
            if (ex is SqliteException { SqliteErrorCode: 5 or 6 } or DbException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
