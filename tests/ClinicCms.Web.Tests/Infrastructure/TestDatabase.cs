using Npgsql;

namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test application: a SQLite file, or (when <c>CLINICCMS_TEST_DATABASE=Npgsql</c>)
/// a fresh database on the PostgreSQL server named by <c>CLINICCMS_TEST_POSTGRES</c>, dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(string providerName, string connectionString, string? sqliteFile, string? postgresName)
    {
        ProviderName = providerName;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public string ProviderName { get; }
    public string ConnectionString { get; }

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("CLINICCMS_TEST_DATABASE"), "Npgsql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PostgreSQL server for the tests (without a database name), or null when none is configured.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("CLINICCMS_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static TestDatabase Create() => UsePostgres ? CreatePostgres() : CreateSqlite();

    public static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cliniccms-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.sqlite.db");
        return new TestDatabase("Microsoft.Data.Sqlite", $"Data Source={file};Cache=Shared;Foreign Keys=True;Pooling=False", file, null);
    }

    public static TestDatabase CreatePostgres()
    {
        var server = PostgresServer ?? throw new InvalidOperationException(
            "CLINICCMS_TEST_POSTGRES is not set: run the tests through ./build/test.sh, which starts a PostgreSQL server.");
        var name = $"cms_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Npgsql", builder.ConnectionString, null, name);
    }

    /// <summary>A second connection to the same database, as a second web instance would have.</summary>
    public TestDatabase Share() => new(ProviderName, ConnectionString, null, null);

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                try { File.Delete(file); } catch (IOException) { }
            }
        }

        if (_postgresName is not null && PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
