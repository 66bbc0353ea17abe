using MediaEngine.Workers.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

public sealed class TransientFailureTests
{
    [Theory]
    [InlineData(5, true)] // SQLITE_BUSY
    [InlineData(6, true)] // SQLITE_LOCKED
    [InlineData(19, false)] // SQLITE_CONSTRAINT
    [InlineData(1, false)] // SQLITE_ERROR
    public void Is_ShouldTellBusyAndLockedFromOtherSqliteErrors_WhenWrappedByEf(int code, bool transient) =>
        TransientFailure.Is(new DbUpdateException("save failed", new SqliteException("error", code))).ShouldBe(transient);

    [Fact]
    public void Is_ShouldBeFalse_WhenTheFailureIsAMediaOrProgrammingError()
    {
        TransientFailure.Is(new InvalidOperationException("ffmpeg exited with code 1")).ShouldBeFalse();
        TransientFailure.Is(new IOException("disk full")).ShouldBeFalse();
        TransientFailure.Is(new TimeoutException("connection timed out")).ShouldBeTrue();
    }
}
