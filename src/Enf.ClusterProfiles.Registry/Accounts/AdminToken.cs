using System.Security.Cryptography;
using Enf.ClusterProfiles.Registry.Storage;

namespace Enf.ClusterProfiles.Registry.Accounts;

/// <summary>
/// The admin's token, one at a time: the token given at start (<c>--token</c>), never stored; or, when none is
/// given, the one kept in the database, made at the first such start like an account's (256 random bits, only
/// its SHA-256 stored) and shown that once. A token given later is the admin's for that start only; the stored
/// one stays and is the admin's again at the next start without a token. <c>--new-admin-token</c> replaces the
/// stored one with a new one, shown once.
/// </summary>
internal sealed class AdminToken
{
    private readonly byte[] hash;

    public AdminToken(RegistrySettings settings, RegistryDatabase database, TimeProvider clock)
    {
        if (settings.Token is { } given)
        {
            hash = AccountStore.HashOf(given);
            return;
        }

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(); // immediate: two registries started at once on one folder make one token
        using (var stored = connection.CreateCommand())
        {
            stored.Transaction = transaction;
            if (settings.NewAdminToken)
            {
                // A new token asked for (a lost or leaked one) replaces the stored one, which stops working at once.
                stored.CommandText = "DELETE FROM admin_token WHERE id = 1";
                stored.ExecuteNonQuery();
            }
            else
            {
                stored.CommandText = "SELECT token_hash FROM admin_token WHERE id = 1";
                if (stored.ExecuteScalar() is byte[] existing)
                {
                    hash = existing;
                    return;
                }
            }
        }

        var token = AccountStore.NewToken();
        hash = AccountStore.HashOf(token);
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO admin_token (id, token_hash, created_at) VALUES (1, $hash, $at)";
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$at", RegistryDatabase.Format(clock.GetUtcNow()));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        Created = token;
    }

    /// <summary>The token this start made (no token given, none stored yet), to be shown once; otherwise <see langword="null"/>.</summary>
    public string? Created { get; }

    /// <summary>Whether a presented token, by its SHA-256, is the admin's (in constant time).</summary>
    public bool Matches(byte[] tokenHash) => CryptographicOperations.FixedTimeEquals(tokenHash, hash);
}
