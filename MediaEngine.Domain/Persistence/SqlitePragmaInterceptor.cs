using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MediaEngine.Domain.Persistence;

/// <summary>
/// Per-connection SQLite settings: with write-ahead logging, <c>synchronous=NORMAL</c> is durable against
/// corruption and avoids an fsync per commit; <c>busy_timeout</c> lets concurrent writers (web host, workers,
/// parallel runs) wait for each other instead of failing.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
