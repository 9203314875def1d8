using System.Security.Cryptography;
using System.Text;
using Enf.ClusterProfiles.Registry.Storage;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.Data.Sqlite;

namespace Enf.ClusterProfiles.Registry.Accounts;

/// <summary>
/// Accounts in the registry's database. A token is 256 random bits (base64url) shown once; only its SHA-256 is
/// stored, so the database holds no usable token, and a lookup by hash needs no comparison in the clear.
/// </summary>
internal sealed class AccountStore(RegistryDatabase database, TimeProvider clock)
{
    public enum CreateOutcome
    {
        Created,
        NameTaken,
    }

    public static string NewToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public (CreateOutcome Outcome, CreatedAccount? Account) Create(string name, AccountRole role, IReadOnlyList<string> profiles)
    {
        var token = NewToken();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO accounts (name, role, token_hash, created_at) VALUES ($name, $role, $hash, $at) ON CONFLICT(name) DO NOTHING";
            insert.Parameters.AddWithValue("$name", name);
            insert.Parameters.AddWithValue("$role", role == AccountRole.Reviewer ? "reviewer" : "manager");
            insert.Parameters.AddWithValue("$hash", HashOf(token));
            insert.Parameters.AddWithValue("$at", RegistryDatabase.Format(clock.GetUtcNow()));
            if (insert.ExecuteNonQuery() == 0)
            {
                return (CreateOutcome.NameTaken, null);
            }
        }

        foreach (var id in profiles.Distinct(StringComparer.Ordinal))
        {
            using var own = connection.CreateCommand();
            own.Transaction = transaction;
            own.CommandText = "INSERT INTO account_profiles (account, profile_id) VALUES ($name, $id)";
            own.Parameters.AddWithValue("$name", name);
            own.Parameters.AddWithValue("$id", id);
            own.ExecuteNonQuery();
        }

        transaction.Commit();
        return (CreateOutcome.Created, new CreatedAccount { Name = name, Role = role, Profiles = [.. profiles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], Token = token });
    }

    public IReadOnlyList<Account> List()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.name, a.role, a.created_at, o.profile_id FROM accounts a LEFT JOIN account_profiles o ON o.account = a.name
            ORDER BY a.name, o.profile_id
            """;
        using var reader = command.ExecuteReader();
        var accounts = new List<Account>();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            if (accounts.Count == 0 || accounts[^1].Name != name)
            {
                accounts.Add(new Account { Name = name, Role = Role(reader.GetString(1)), CreatedAt = RegistryDatabase.ParseInstant(reader.GetString(2)), Profiles = [] });
            }

            if (!reader.IsDBNull(3))
            {
                accounts[^1] = accounts[^1] with { Profiles = [.. accounts[^1].Profiles, reader.GetString(3)] };
            }
        }

        return accounts;
    }

    /// <summary>Deletes an account and its ownerships; its token stops working at once. The versions it made keep its name.</summary>
    public bool Delete(string name)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM accounts WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>The account whose token has this hash (<see cref="HashOf"/>), or <see langword="null"/>.</summary>
    public Caller? Authenticate(byte[] tokenHash)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.name, a.role, o.profile_id FROM accounts a LEFT JOIN account_profiles o ON o.account = a.name WHERE a.token_hash = $hash";
        command.Parameters.AddWithValue("$hash", tokenHash);
        using var reader = command.ExecuteReader();
        string? name = null;
        var role = AccountRole.Manager;
        var profiles = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            name = reader.GetString(0);
            role = Role(reader.GetString(1));
            if (!reader.IsDBNull(2))
            {
                profiles.Add(reader.GetString(2));
            }
        }

        return name is null ? null : new Caller(name, role, profiles);
    }

    private static AccountRole Role(string text) => text == "reviewer" ? AccountRole.Reviewer : AccountRole.Manager;
}
