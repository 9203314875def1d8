using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Enf.ClusterProfiles.Assessment;
using Microsoft.Data.Sqlite;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// The registry the portal runs in its own process when no <c>--registry URL</c> is given: SQLite under the
/// data folder, with the accounts, rights, review workflow and version history of registry-api-v1 revision
/// 1.1. Every write and decision appends a version; nothing is updated in place. Account tokens are stored
/// only as SHA-256 hashes (of 256 random bits), so the database holds no usable token.
/// </summary>
public sealed class EmbeddedRegistry : IPortalRegistry
{
    private readonly string connectionString;
    private readonly TimeProvider clock;
    private readonly ProfileAssessor assessor;
    private readonly SemaphoreSlim writes = new(1, 1);

    public EmbeddedRegistry(string dataDirectory, TimeProvider clock, ProfileAssessor assessor)
    {
        Directory.CreateDirectory(dataDirectory);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "portal-registry.db"),
            Pooling = false, // the file is closed when the portal stops, so a test can delete its folder
            DefaultTimeout = 30,
        }.ToString();
        this.clock = clock;
        this.assessor = assessor;
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS accounts (name TEXT PRIMARY KEY, role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS ownership (account TEXT NOT NULL, profile_id TEXT NOT NULL, PRIMARY KEY (account, profile_id));
            CREATE TABLE IF NOT EXISTS versions (profile_id TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL, etag TEXT NOT NULL,
                status TEXT NOT NULL, at TEXT NOT NULL, by TEXT NOT NULL, comment TEXT, PRIMARY KEY (profile_id, version));
            """);
    }

    /// <summary>Whether any account exists (the demo accounts are made once, on the first start).</summary>
    public bool HasAccounts()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM accounts";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Creates an account and returns its token, which is shown this once and stored only as a hash.</summary>
    public string CreateAccount(string name, string role, IEnumerable<string> profiles)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "INSERT INTO accounts (name, role, token_hash, created_at) VALUES ($n, $r, $h, $t)",
            ("$n", name), ("$r", role), ("$h", Hash(token)), ("$t", Format(clock.GetUtcNow())));
        foreach (var id in profiles)
        {
            Execute(connection, "INSERT OR IGNORE INTO ownership (account, profile_id) VALUES ($a, $p)", ("$a", name), ("$p", id));
        }

        transaction.Commit();
        return token;
    }

    /// <summary>Stores a profile as the given account with the given status (demo data at the first start).</summary>
    public void Seed(string id, string json, string status, string by)
    {
        using var connection = Open();
        Append(connection, id, json, status, by, comment: null);
    }

    public Task<PortalAccount?> AuthenticateAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(Authenticate(token));

    public Task<IReadOnlyList<RegistryProfile>> ListAsync(string token, string? status, CancellationToken cancellationToken)
    {
        var caller = Authenticate(token);
        if (caller is null)
        {
            return Task.FromResult<IReadOnlyList<RegistryProfile>>([]);
        }

        using var connection = Open();
        var ids = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT profile_id FROM versions ORDER BY profile_id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        var visible = ids.Select(id => Visible(connection, caller, id))
            .OfType<RegistryProfile>()
            .Where(p => status is null || p.Status == status)
            .ToList();
        return Task.FromResult<IReadOnlyList<RegistryProfile>>(visible);
    }

    public Task<RegistryProfile?> GetAsync(string token, string id, CancellationToken cancellationToken)
    {
        var caller = Authenticate(token);
        using var connection = Open();
        return Task.FromResult(caller is null ? null : Visible(connection, caller, id));
    }

    public Task<RegistryProfile?> GetPublishedAsync(string token, string id, CancellationToken cancellationToken)
    {
        var caller = Authenticate(token);
        using var connection = Open();
        return Task.FromResult(caller is null ? null : Published(connection, id));
    }

    public async Task<RegistryResult> PutAsync(string token, string id, string json, string? ifMatch, CancellationToken cancellationToken)
    {
        var caller = Authenticate(token);
        if (caller is null)
        {
            return new RegistryResult(RegistryOutcome.Forbidden);
        }

        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = Open();
            var latest = Latest(connection, id);
            if (ifMatch is null)
            {
                if (caller.Role is not (Roles.Manager or Roles.Admin))
                {
                    return new RegistryResult(RegistryOutcome.Forbidden);
                }

                if (latest is not null)
                {
                    // The id is taken: a conflict for whoever may see it, otherwise as if it did not exist yet
                    // but still refused, so that one cannot take over another's id.
                    return new RegistryResult(RegistryOutcome.Conflict, Current: Visible(connection, caller, id));
                }

                using var transaction = connection.BeginTransaction();
                var created = Append(connection, id, json, ProfileStatus.Draft, caller.Name, comment: null);
                Execute(connection, "INSERT OR IGNORE INTO ownership (account, profile_id) VALUES ($a, $p)", ("$a", caller.Name), ("$p", id));
                transaction.Commit();
                return new RegistryResult(RegistryOutcome.Done, created.ETag);
            }

            if (latest is null || Visible(connection, caller, id) is null)
            {
                return new RegistryResult(RegistryOutcome.NotFound);
            }

            if (!caller.Owns(id))
            {
                return new RegistryResult(RegistryOutcome.Forbidden);
            }

            if (!string.Equals(latest.ETag, ifMatch, StringComparison.Ordinal))
            {
                return new RegistryResult(RegistryOutcome.Conflict, Current: latest);
            }

            if (string.Equals(ETagOf(json), latest.ETag, StringComparison.Ordinal))
            {
                return new RegistryResult(RegistryOutcome.Done, latest.ETag); // the same content: nothing to append
            }

            // An edit of a published profile goes back to review; others keep seeing the published version.
            var status = latest.Status == ProfileStatus.Published ? ProfileStatus.NeedsReview : latest.Status;
            var updated = Append(connection, id, json, status, caller.Name, comment: null);
            return new RegistryResult(RegistryOutcome.Done, updated.ETag);
        }
        finally
        {
            writes.Release();
        }
    }

    public async Task<RegistryResult> SubmitAsync(string token, string id, CancellationToken cancellationToken)
    {
        var caller = Authenticate(token);
        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = Open();
            var latest = Latest(connection, id);
            if (caller is null || latest is null || Visible(connection, caller, id) is null)
            {
                return new RegistryResult(RegistryOutcome.NotFound);
            }

            if (!caller.Owns(id))
            {
                return new RegistryResult(RegistryOutcome.Forbidden);
            }

            if (latest.Status is not (ProfileStatus.Draft or ProfileStatus.Returned))
            {
                return new RegistryResult(RegistryOutcome.WrongStatus, Current: latest);
            }

            if (!assessor.AssessJson(latest.Json, CultureInfo.InvariantCulture).Valid)
            {
                return new RegistryResult(RegistryOutcome.Refused, Current: latest);
            }

            Append(connection, id, latest.Json, ProfileStatus.NeedsReview, caller.Name, comment: null);
            return new RegistryResult(RegistryOutcome.Done, latest.ETag);
        }
        finally
        {
            writes.Release();
        }
    }

    public async Task<RegistryResult> ReviewAsync(string token, string id, bool publish, string? comment, CancellationToken cancellationToken)
    {
        var caller = Authenticate(token);
        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = Open();
            var latest = Latest(connection, id);
            if (caller is null || latest is null)
            {
                return new RegistryResult(RegistryOutcome.NotFound);
            }

            if (!caller.Reviews)
            {
                return Visible(connection, caller, id) is null ? new RegistryResult(RegistryOutcome.NotFound) : new RegistryResult(RegistryOutcome.Forbidden);
            }

            if (latest.Status != ProfileStatus.NeedsReview)
            {
                return new RegistryResult(RegistryOutcome.WrongStatus, Current: latest);
            }

            comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            if (!publish && comment is null)
            {
                return new RegistryResult(RegistryOutcome.Refused, Problem: "comment");
            }

            Append(connection, id, latest.Json, publish ? ProfileStatus.Published : ProfileStatus.Returned, caller.Name, comment);
            return new RegistryResult(RegistryOutcome.Done, latest.ETag);
        }
        finally
        {
            writes.Release();
        }
    }

    public Task<IReadOnlyList<RegistryVersion>> VersionsAsync(string token, string id, CancellationToken cancellationToken)
    {
        var caller = Authenticate(token);
        using var connection = Open();
        if (caller is null || !(caller.Owns(id) || caller.Reviews))
        {
            return Task.FromResult<IReadOnlyList<RegistryVersion>>([]);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, etag, at, by, status, comment FROM versions WHERE profile_id = $id ORDER BY version";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var versions = new List<RegistryVersion>();
        while (reader.Read())
        {
            versions.Add(new RegistryVersion(reader.GetInt32(0), reader.GetString(1), Parse(reader.GetString(2)), reader.GetString(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return Task.FromResult<IReadOnlyList<RegistryVersion>>(versions);
    }

    internal static string ETagOf(string json) =>
        $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..20].ToLowerInvariant()}\"";

    private PortalAccount? Authenticate(string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, role FROM accounts WHERE token_hash = $h";
        command.Parameters.AddWithValue("$h", Hash(token));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var name = reader.GetString(0);
        var role = reader.GetString(1);
        using var owned = connection.CreateCommand();
        owned.CommandText = "SELECT profile_id FROM ownership WHERE account = $a";
        owned.Parameters.AddWithValue("$a", name);
        using var ids = owned.ExecuteReader();
        var profiles = new HashSet<string>(StringComparer.Ordinal);
        while (ids.Read())
        {
            profiles.Add(ids.GetString(0));
        }

        return new PortalAccount(name, role, profiles);
    }

    /// <summary>The latest version to its owner, reviewers and admin; the published one to everyone else.</summary>
    private static RegistryProfile? Visible(SqliteConnection connection, PortalAccount caller, string id) =>
        caller.Owns(id) || caller.Reviews ? Latest(connection, id) : Published(connection, id);

    private static RegistryProfile? Latest(SqliteConnection connection, string id) =>
        Read(connection, "SELECT json, etag, status, at, comment FROM versions WHERE profile_id = $id ORDER BY version DESC LIMIT 1", id);

    private static RegistryProfile? Published(SqliteConnection connection, string id) =>
        Read(connection, "SELECT json, etag, status, at, comment FROM versions WHERE profile_id = $id AND status = 'published' ORDER BY version DESC LIMIT 1", id);

    private static RegistryProfile? Read(SqliteConnection connection, string sql, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new RegistryProfile(id, reader.GetString(0), reader.GetString(1), reader.GetString(2), Parse(reader.GetString(3)), reader.IsDBNull(4) ? null : reader.GetString(4))
            : null;
    }

    private RegistryProfile Append(SqliteConnection connection, string id, string json, string status, string by, string? comment)
    {
        var etag = ETagOf(json);
        var at = clock.GetUtcNow();
        Execute(connection, """
            INSERT INTO versions (profile_id, version, json, etag, status, at, by, comment)
            VALUES ($id, (SELECT COALESCE(MAX(version), 0) + 1 FROM versions WHERE profile_id = $id), $json, $etag, $status, $at, $by, $comment)
            """,
            ("$id", id), ("$json", json), ("$etag", etag), ("$status", status), ("$at", Format(at)), ("$by", by), ("$comment", comment));
        return new RegistryProfile(id, json, etag, status, at, comment);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, string? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, (object?)value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
