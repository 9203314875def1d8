using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Enf.ClusterProfiles.Registry.Storage;

/// <summary>
/// The registry's SQLite database (WAL) and its schema. The schema's version is SQLite's <c>user_version</c>;
/// each migration runs once, in a transaction, and keeps every row already stored: a database written by an
/// earlier registry opens and keeps its profiles.
/// </summary>
internal sealed class RegistryDatabase
{
    /// <summary>The schema this code writes.</summary>
    public const int SchemaVersion = 2;

    /// <summary>Who the versions made by the migration from registry 1.0 name: profiles stored before accounts existed.</summary>
    public const string MigrationAuthor = "admin";

    private readonly string connectionString;

    public RegistryDatabase(string dataDirectory)
    {
        FilePath = Path.Combine(dataDirectory, "registry.db");
        connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = true, DefaultTimeout = 30 }.ToString();
        try
        {
            Directory.CreateDirectory(dataDirectory);
            using var connection = Open();
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Migrate(connection);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            // A folder that cannot be made or written, a file that is no database: one line that names the folder.
            throw new RegistryConfigurationException($"the data folder {Path.GetFullPath(dataDirectory)} cannot be used ({e.Message.TrimEnd('.')}); give another with --data-dir DIR.");
        }
    }

    public string FilePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
        return connection;
    }

    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var version = Convert.ToInt32(Scalar(connection, transaction, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new RegistryConfigurationException($"the database was written by a newer registry (schema {version}; this one knows up to {SchemaVersion}); use that registry or a copy of the data folder.");
        }

        // Schema 0, registry 1.0: one row per profile with its latest JSON. Created here too, so that a new
        // database and an old one take the same path through the migrations.
        Execute(connection, "CREATE TABLE IF NOT EXISTS profiles (id TEXT PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL, updated_at TEXT NOT NULL);", transaction);

        if (version < 1)
        {
            // Schema 1, revision 1.1: accounts, ownership, status, and every version kept. Contents are stored
            // once per profile and ETag; a version points at its content. The profiles of 1.0 were served to
            // every caller, so they stay visible: published, with a first version that says where it came from.
            Execute(connection, """
                CREATE TABLE accounts (
                    name TEXT PRIMARY KEY,
                    role TEXT NOT NULL CHECK (role IN ('manager', 'reviewer')),
                    token_hash BLOB NOT NULL UNIQUE,
                    created_at TEXT NOT NULL);
                CREATE TABLE account_profiles (
                    account TEXT NOT NULL REFERENCES accounts(name) ON DELETE CASCADE,
                    profile_id TEXT NOT NULL,
                    PRIMARY KEY (account, profile_id));
                CREATE INDEX account_profiles_by_profile ON account_profiles (profile_id);
                CREATE TABLE contents (
                    profile_id TEXT NOT NULL,
                    etag TEXT NOT NULL,
                    json TEXT NOT NULL,
                    PRIMARY KEY (profile_id, etag));
                CREATE TABLE versions (
                    profile_id TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    etag TEXT NOT NULL,
                    at TEXT NOT NULL,
                    by TEXT NOT NULL,
                    status TEXT NOT NULL,
                    comment TEXT,
                    PRIMARY KEY (profile_id, version),
                    FOREIGN KEY (profile_id, etag) REFERENCES contents (profile_id, etag));
                ALTER TABLE profiles ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
                ALTER TABLE profiles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                ALTER TABLE profiles ADD COLUMN published_version INTEGER;
                ALTER TABLE profiles ADD COLUMN published_etag TEXT;
                ALTER TABLE profiles ADD COLUMN published_at TEXT;
                INSERT INTO contents (profile_id, etag, json) SELECT id, etag, json FROM profiles;
                INSERT INTO versions (profile_id, version, etag, at, by, status, comment)
                    SELECT id, 1, etag, updated_at, 'admin', 'published', 'Stored before accounts and review (registry 1.0); kept as published.' FROM profiles;
                UPDATE profiles SET published_version = 1, published_etag = etag, published_at = updated_at;
                ALTER TABLE profiles DROP COLUMN json;
                CREATE INDEX profiles_by_status ON profiles (status, id);
                PRAGMA user_version = 1;
                """, transaction);
        }

        if (version < 2)
        {
            // Schema 2: the admin token made at the first start without --token, as its SHA-256 (one row at most).
            Execute(connection, """
                CREATE TABLE admin_token (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    token_hash BLOB NOT NULL,
                    created_at TEXT NOT NULL);
                PRAGMA user_version = 2;
                """, transaction);
        }

        transaction.Commit();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
