using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MediaEngine.Workers.Tests.Cli;

/// <summary>Runs the real <c>mediaengine</c> executable against a temporary data folder.</summary>
public sealed class ApiKeyCommandsTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("mediaengine-cli-").FullName;

    [Fact]
    public async Task ApiKeyCreate_ShouldPrintKeyOnceAndStoreOnlyItsHash()
    {
        var (exitCode, stdout, stderr) = await RunAsync("apikey", "create", "--name", "ci-bot", "--role", "Operator");

        exitCode.ShouldBe(0, stderr);
        var secret = stdout.Trim();
        secret.ShouldStartWith("me_");
        stderr.ShouldContain("shown only now");

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataPath, "mediaengine.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name, Role, KeyHash FROM ApiKeys";
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        reader.GetString(0).ShouldBe("ci-bot");
        reader.GetString(1).ShouldBe("Operator");
        reader.GetString(2).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
    }

    [Fact]
    public async Task ApiKeyCreate_ShouldFailWithUsage_WhenRoleIsUnknown()
    {
        var (exitCode, _, stderr) = await RunAsync("apikey", "create", "--name", "x", "--role", "Emperor");

        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("Emperor");
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        CommandLineProcess.RunAsync(_dataPath, args);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }
}
