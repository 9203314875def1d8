using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Serialization;
using Microsoft.Data.Sqlite;

namespace Enf.ClusterProfiles.Registry.Storage;

/// <summary>
/// Profiles in SQLite (WAL): one row per id with the canonical JSON, its ETag and when it last changed. The
/// ETag is derived from the content, so it changes whenever the content changes and only then. Writes go
/// one at a time, so a conditional write checks and writes without a race.
/// </summary>
internal sealed class ProfileStore
{
    private readonly string connectionString;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim writes = new(1, 1);

    public ProfileStore(string dataDirectory, TimeProvider clock)
    {
        Directory.CreateDirectory(dataDirectory);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "registry.db"), Pooling = true, DefaultTimeout = 30 }.ToString();
        this.clock = clock;
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "CREATE TABLE IF NOT EXISTS profiles (id TEXT PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL, updated_at TEXT NOT NULL);");
    }

    public enum WriteOutcome
    {
        Created,
        Updated,
        Unchanged,
        PreconditionFailed,
    }

    public static string ETagOf(string canonicalJson) =>
        $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)))[..20].ToLowerInvariant()}\"";

    public StoredProfile? Get(string id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag, updated_at FROM profiles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredProfile(id, reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)) : null;
    }

    public (IReadOnlyList<ProfileListItem> Items, string? LastId) List(int pageSize, string? afterId, DateTimeOffset? updatedSince)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, etag, updated_at FROM profiles WHERE id > $after AND updated_at >= $since ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterId ?? string.Empty);
        command.Parameters.AddWithValue("$since", Format(updatedSince ?? DateTimeOffset.MinValue));
        command.Parameters.AddWithValue("$limit", pageSize + 1);
        using var reader = command.ExecuteReader();
        var items = new List<ProfileListItem>();
        while (reader.Read())
        {
            items.Add(new ProfileListItem(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
        }

        return items.Count > pageSize ? (items[..pageSize], items[pageSize - 1].Id) : (items, null);
    }

    /// <summary>
    /// Creates (<paramref name="create"/>) or updates when the stored ETag is one of <paramref name="expectedEtags"/>
    /// (<c>*</c>: any). The condition is part of the SQL statement, so it holds even with several registry
    /// processes on one database.
    /// </summary>
    public async Task<(WriteOutcome Outcome, string? ETag)> WriteAsync(ClusterProfile profile, bool create, IReadOnlyCollection<string> expectedEtags, CancellationToken cancellationToken)
    {
        var json = ClusterProfileJson.Serialize(profile);
        var etag = ETagOf(json);
        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = Open();
            if (create)
            {
                var inserted = await ExecuteAsync(connection, "INSERT INTO profiles (id, json, etag, updated_at) VALUES ($id, $json, $etag, $at) ON CONFLICT(id) DO NOTHING", profile.Id!, json, etag, null, cancellationToken).ConfigureAwait(false);
                return inserted == 1 ? (WriteOutcome.Created, etag) : (WriteOutcome.PreconditionFailed, Get(profile.Id!)?.ETag);
            }

            var current = Get(profile.Id!);
            if (current is null || !(expectedEtags.Contains("*") || expectedEtags.Contains(current.ETag)))
            {
                return (WriteOutcome.PreconditionFailed, current?.ETag);
            }

            if (current.ETag == etag)
            {
                return (WriteOutcome.Unchanged, etag); // same content: the ETag and the update time stay
            }

            var updated = await ExecuteAsync(connection, "UPDATE profiles SET json = $json, etag = $etag, updated_at = $at WHERE id = $id AND etag = $expected", profile.Id!, json, etag, current.ETag, cancellationToken).ConfigureAwait(false);
            return updated == 1 ? (WriteOutcome.Updated, etag) : (WriteOutcome.PreconditionFailed, Get(profile.Id!)?.ETag);
        }
        finally
        {
            writes.Release();
        }
    }

    private async Task<int> ExecuteAsync(SqliteConnection connection, string sql, string id, string json, string etag, string? expected, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$at", Format(clock.GetUtcNow()));
        command.Parameters.AddWithValue("$expected", (object?)expected ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}

internal sealed record StoredProfile(string Id, string Json, string ETag, DateTimeOffset UpdatedAt);
