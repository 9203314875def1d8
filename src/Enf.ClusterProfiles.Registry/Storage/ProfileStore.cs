using System.Security.Cryptography;
using System.Text;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Registry.Accounts;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.Data.Sqlite;

namespace Enf.ClusterProfiles.Registry.Storage;

/// <summary>
/// Profiles, their status and every version, in SQLite. A write or a decision appends a version and moves the
/// profile's pointers (latest, published) in one transaction; nothing ever updates or deletes a version or a
/// content. The ETag is derived from the content, so it changes whenever the content changes and only then.
/// Writes go one at a time in this process, and each runs in an immediate transaction, so a conditional write
/// checks and writes without a race even with several registry processes on one database.
/// </summary>
internal sealed class ProfileStore(RegistryDatabase database, TimeProvider clock)
{
    private readonly SemaphoreSlim writes = new(1, 1);

    public enum WriteOutcome
    {
        Created,
        Updated,
        Unchanged,
        PreconditionFailed,
    }

    public enum MoveOutcome
    {
        Done,
        NotFound,
        WrongStatus,
        PreconditionFailed,
        Refused,
    }

    public static string ETagOf(string canonicalJson) =>
        $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)))[..20].ToLowerInvariant()}\"";

    public static string ToWire(ProfileStatus status) => status switch
    {
        ProfileStatus.Draft => "draft",
        ProfileStatus.NeedsReview => "needsReview",
        ProfileStatus.Published => "published",
        _ => "returned",
    };

    public static ProfileStatus FromWire(string status) => status switch
    {
        "draft" => ProfileStatus.Draft,
        "needsReview" => ProfileStatus.NeedsReview,
        "published" => ProfileStatus.Published,
        "returned" => ProfileStatus.Returned,
        _ => throw new InvalidDataException($"The database holds an unknown status '{status}'."),
    };

    public ProfileState? GetState(string id)
    {
        using var connection = database.Open();
        return GetState(connection, null, id);
    }

    /// <summary>The profile as <paramref name="viewer"/> sees it: the latest version, or the published one for a manager who does not own it.</summary>
    public StoredProfile? Read(string id, Caller viewer)
    {
        using var connection = database.Open();
        var state = GetState(connection, null, id);
        if (state is null)
        {
            return null;
        }

        if (Rights.SeesLatest(viewer, id))
        {
            return new StoredProfile(id, Content(connection, null, id, state.ETag)!, state.ETag, state.UpdatedAt, state.Status);
        }

        return state.PublishedETag is null
            ? null
            : new StoredProfile(id, Content(connection, null, id, state.PublishedETag)!, state.PublishedETag, state.PublishedAt!.Value, ProfileStatus.Published);
    }

    /// <summary>One page of the listing as <paramref name="viewer"/> sees it, in id order.</summary>
    public (IReadOnlyList<ProfileListItem> Items, string? LastId) List(Caller viewer, int pageSize, string? afterId, DateTimeOffset? updatedSince, ProfileStatus? status)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();

        // The viewer's view of each profile: the latest for those who see it, else the published version. The
        // name is the viewed version's; the last review comment (a decision's, never a migration's or an
        // import's note, which are version 1) only for those who may read the history it comes from.
        command.CommandText = """
            SELECT v.id, v.v_status, v.v_etag, v.v_at, json_extract(c.json, '$.name'), v.v_comment FROM (
                SELECT p.id AS id,
                    CASE WHEN $all OR o.account IS NOT NULL THEN p.status ELSE 'published' END AS v_status,
                    CASE WHEN $all OR o.account IS NOT NULL THEN p.etag ELSE p.published_etag END AS v_etag,
                    CASE WHEN $all OR o.account IS NOT NULL THEN p.updated_at ELSE p.published_at END AS v_at,
                    CASE WHEN $all OR o.account IS NOT NULL THEN (
                        SELECT r.comment FROM versions r
                        WHERE r.profile_id = p.id AND r.version > 1 AND r.status IN ('published', 'returned') AND r.comment IS NOT NULL
                        ORDER BY r.version DESC LIMIT 1) END AS v_comment
                FROM profiles p LEFT JOIN account_profiles o ON o.profile_id = p.id AND o.account = $account
                WHERE p.id > $after) v
            LEFT JOIN contents c ON c.profile_id = v.id AND c.etag = v.v_etag
            WHERE v.v_etag IS NOT NULL AND v.v_at >= $since AND ($status IS NULL OR v.v_status = $status)
            ORDER BY v.id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$all", viewer.Role != AccountRole.Manager);
        command.Parameters.AddWithValue("$account", viewer.Name);
        command.Parameters.AddWithValue("$after", afterId ?? string.Empty);
        command.Parameters.AddWithValue("$since", RegistryDatabase.Format(updatedSince ?? DateTimeOffset.MinValue));
        command.Parameters.AddWithValue("$status", status is null ? DBNull.Value : ToWire(status.Value));
        command.Parameters.AddWithValue("$limit", pageSize + 1);
        using var reader = command.ExecuteReader();
        var items = new List<ProfileListItem>();
        while (reader.Read())
        {
            items.Add(new ProfileListItem(reader.GetString(0), reader.GetString(2), RegistryDatabase.ParseInstant(reader.GetString(3)))
            {
                Status = FromWire(reader.GetString(1)),
                Name = reader.IsDBNull(4) ? null : reader.GetValue(4) as string,
                LastComment = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return items.Count > pageSize ? (items[..pageSize], items[pageSize - 1].Id) : (items, null);
    }

    /// <summary>
    /// Creates (<paramref name="create"/>, as a draft owned by a manager who creates it) or updates when the
    /// latest ETag is one of <paramref name="expectedEtags"/> (<c>*</c>: any). An update of a published profile
    /// sends it back to review; its published version stays what others see. Content equal to the latest is
    /// no change and appends nothing.
    /// </summary>
    public async Task<(WriteOutcome Outcome, string? ETag)> WriteAsync(ClusterProfile profile, bool create, IReadOnlyCollection<string> expectedEtags, Caller by, CancellationToken cancellationToken)
    {
        var id = profile.Id!;
        var json = ClusterProfileJson.Serialize(profile);
        var etag = ETagOf(json);
        return await WithWriteLockAsync<(WriteOutcome, string?)>(cancellationToken, (connection, transaction) =>
        {
            var current = GetState(connection, transaction, id);
            var now = clock.GetUtcNow();
            if (create)
            {
                if (current is not null)
                {
                    return (WriteOutcome.PreconditionFailed, current.ETag);
                }

                AddContent(connection, transaction, id, etag, json);
                Run(connection, transaction, "INSERT INTO profiles (id, etag, updated_at, status, version) VALUES ($id, $etag, $at, 'draft', 1)", ("$id", id), ("$etag", etag), ("$at", RegistryDatabase.Format(now)));
                AppendVersion(connection, transaction, id, 1, etag, now, by.Name, ProfileStatus.Draft, null);
                if (by.Role == AccountRole.Manager)
                {
                    // Unless the account was deleted while this request ran: then the profile simply has no owner.
                    Run(connection, transaction, "INSERT OR IGNORE INTO account_profiles (account, profile_id) SELECT $account, $id WHERE EXISTS (SELECT 1 FROM accounts WHERE name = $account)", ("$account", by.Name), ("$id", id));
                }

                return (WriteOutcome.Created, etag);
            }

            if (current is null || !(expectedEtags.Contains("*") || expectedEtags.Contains(current.ETag)))
            {
                return (WriteOutcome.PreconditionFailed, current?.ETag);
            }

            if (current.ETag == etag)
            {
                return (WriteOutcome.Unchanged, etag); // same content: no version, the ETag and the update time stay
            }

            var status = current.Status == ProfileStatus.Published ? ProfileStatus.NeedsReview : current.Status;
            AddContent(connection, transaction, id, etag, json);
            AppendVersion(connection, transaction, id, current.Version + 1, etag, now, by.Name, status, null);
            Run(connection, transaction, "UPDATE profiles SET etag = $etag, updated_at = $at, status = $status, version = $version WHERE id = $id",
                ("$id", id), ("$etag", etag), ("$at", RegistryDatabase.Format(now)), ("$status", ToWire(status)), ("$version", current.Version + 1));
            return (WriteOutcome.Updated, etag);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves a profile from one status to another, appending a version with the same content: submit (draft or
    /// returned → needsReview, refused when <paramref name="check"/> finds errors) and review (needsReview →
    /// published or returned).
    /// </summary>
    public Task<(MoveOutcome Outcome, ProfileState? State, object? Refusal)> MoveAsync(
        string id,
        ProfileStatus[] from,
        ProfileStatus to,
        Caller by,
        string? comment,
        IReadOnlyCollection<string>? expectedEtags,
        Func<string, object?>? check,
        CancellationToken cancellationToken) =>
        WithWriteLockAsync<(MoveOutcome, ProfileState?, object?)>(cancellationToken, (connection, transaction) =>
        {
            var current = GetState(connection, transaction, id);
            if (current is null)
            {
                return (MoveOutcome.NotFound, null, null);
            }

            if (expectedEtags is not null && !(expectedEtags.Contains("*") || expectedEtags.Contains(current.ETag)))
            {
                return (MoveOutcome.PreconditionFailed, current, null);
            }

            if (!from.Contains(current.Status))
            {
                return (MoveOutcome.WrongStatus, current, null);
            }

            if (check?.Invoke(Content(connection, transaction, id, current.ETag)!) is { } refusal)
            {
                return (MoveOutcome.Refused, current, refusal);
            }

            var now = clock.GetUtcNow();
            var version = current.Version + 1;
            AppendVersion(connection, transaction, id, version, current.ETag, now, by.Name, to, comment);
            Run(connection, transaction, "UPDATE profiles SET status = $status, version = $version WHERE id = $id", ("$id", id), ("$status", ToWire(to)), ("$version", version));
            if (to == ProfileStatus.Published)
            {
                Run(connection, transaction, "UPDATE profiles SET published_version = $version, published_etag = etag, published_at = $at WHERE id = $id",
                    ("$id", id), ("$version", version), ("$at", RegistryDatabase.Format(now)));
            }

            return (MoveOutcome.Done, GetState(connection, transaction, id), null);
        });

    public IReadOnlyList<ProfileVersion> Versions(string id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, etag, at, by, status, comment FROM versions WHERE profile_id = $id ORDER BY version";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var versions = new List<ProfileVersion>();
        while (reader.Read())
        {
            versions.Add(new ProfileVersion
            {
                Version = reader.GetInt32(0),
                Etag = reader.GetString(1),
                At = RegistryDatabase.ParseInstant(reader.GetString(2)),
                By = reader.GetString(3),
                Status = FromWire(reader.GetString(4)),
                Comment = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return versions;
    }

    /// <summary>The content of one version, or <see langword="null"/> when there is no such version.</summary>
    public (string Json, string ETag)? Version(string id, int version)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT c.json, v.etag FROM versions v JOIN contents c ON c.profile_id = v.profile_id AND c.etag = v.etag WHERE v.profile_id = $id AND v.version = $version";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$version", version);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// Every profile of a status in id order, one at a time from an open reader (constant memory): for
    /// <c>published</c>, the published version of every profile that has one; otherwise the latest version of
    /// the profiles whose status it is.
    /// </summary>
    public IEnumerable<string> Export(ProfileStatus status)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = status == ProfileStatus.Published
            ? "SELECT c.json FROM profiles p JOIN contents c ON c.profile_id = p.id AND c.etag = p.published_etag WHERE p.published_etag IS NOT NULL ORDER BY p.id"
            : "SELECT c.json FROM profiles p JOIN contents c ON c.profile_id = p.id AND c.etag = p.etag WHERE p.status = $status ORDER BY p.id";
        command.Parameters.AddWithValue("$status", ToWire(status));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader.GetString(0);
        }
    }

    /// <summary>Stores profiles as published in batches (for measurements and imports): one version each, by <paramref name="by"/>.</summary>
    public void ImportPublished(IEnumerable<ClusterProfile> profiles, string by, int batchSize = 1000)
    {
        using var connection = database.Open();
        foreach (var batch in profiles.Chunk(batchSize))
        {
            using var transaction = connection.BeginTransaction();
            var now = clock.GetUtcNow();
            foreach (var profile in batch)
            {
                var json = ClusterProfileJson.Serialize(profile);
                var etag = ETagOf(json);
                AddContent(connection, transaction, profile.Id!, etag, json);
                Run(connection, transaction, "INSERT INTO profiles (id, etag, updated_at, status, version, published_version, published_etag, published_at) VALUES ($id, $etag, $at, 'published', 1, 1, $etag, $at)",
                    ("$id", profile.Id!), ("$etag", etag), ("$at", RegistryDatabase.Format(now)));
                AppendVersion(connection, transaction, profile.Id!, 1, etag, now, by, ProfileStatus.Published, "Imported.");
            }

            transaction.Commit();
        }
    }

    private async Task<T> WithWriteLockAsync<T>(CancellationToken cancellationToken, Func<SqliteConnection, SqliteTransaction, T> write)
    {
        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: other processes wait
            var result = write(connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            writes.Release();
        }
    }

    private static ProfileState? GetState(SqliteConnection connection, SqliteTransaction? transaction, string id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT status, version, etag, updated_at, published_version, published_etag, published_at FROM profiles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ProfileState(
                id,
                FromWire(reader.GetString(0)),
                reader.GetInt32(1),
                reader.GetString(2),
                RegistryDatabase.ParseInstant(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : RegistryDatabase.ParseInstant(reader.GetString(6)))
            : null;
    }

    private static string? Content(SqliteConnection connection, SqliteTransaction? transaction, string id, string etag)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT json FROM contents WHERE profile_id = $id AND etag = $etag";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$etag", etag);
        return command.ExecuteScalar() as string;
    }

    private static void AddContent(SqliteConnection connection, SqliteTransaction transaction, string id, string etag, string json) =>
        Run(connection, transaction, "INSERT INTO contents (profile_id, etag, json) VALUES ($id, $etag, $json) ON CONFLICT DO NOTHING", ("$id", id), ("$etag", etag), ("$json", json));

    private static void AppendVersion(SqliteConnection connection, SqliteTransaction transaction, string id, int version, string etag, DateTimeOffset at, string by, ProfileStatus status, string? comment) =>
        Run(connection, transaction, "INSERT INTO versions (profile_id, version, etag, at, by, status, comment) VALUES ($id, $version, $etag, $at, $by, $status, $comment)",
            ("$id", id), ("$version", version), ("$etag", etag), ("$at", RegistryDatabase.Format(at)), ("$by", by), ("$status", ToWire(status)), ("$comment", comment));

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}

/// <summary>A profile's row: its status, latest version and ETag, and its published version when it has one.</summary>
internal sealed record ProfileState(string Id, ProfileStatus Status, int Version, string ETag, DateTimeOffset UpdatedAt, int? PublishedVersion, string? PublishedETag, DateTimeOffset? PublishedAt);

/// <summary>One profile as a caller sees it.</summary>
internal sealed record StoredProfile(string Id, string Json, string ETag, DateTimeOffset UpdatedAt, ProfileStatus Status);
