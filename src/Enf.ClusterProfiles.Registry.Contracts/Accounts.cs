using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Registry.Contracts;

/// <summary>What an account may do (registry-api-v1, revision 1.1).</summary>
[JsonConverter(typeof(AccountRoleJsonConverter))]
public enum AccountRole
{
    /// <summary>Writes its own profiles (and creates new ones, which become its own); reads published ones.</summary>
    [EnumMember(Value = "manager")]
    Manager,

    /// <summary>Reads every profile and decides reviews; writes none.</summary>
    [EnumMember(Value = "reviewer")]
    Reviewer,

    /// <summary>The start-up token: every right. Never an account that can be created.</summary>
    [EnumMember(Value = "admin")]
    Admin,
}

/// <summary>The body of <c>POST /api/v1/accounts</c>.</summary>
public sealed record NewAccount
{
    /// <summary>A unique name: lower-case letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, 2–64 characters.</summary>
    public string? Name { get; init; }

    /// <summary><c>manager</c> or <c>reviewer</c>.</summary>
    public AccountRole? Role { get; init; }

    /// <summary>The ids of the profiles a manager owns (none for a reviewer).</summary>
    public IReadOnlyList<string>? Profiles { get; init; }
}

/// <summary>An account as the admin sees it: never its token.</summary>
public sealed record Account
{
    /// <summary>The account's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its role.</summary>
    public required AccountRole Role { get; init; }

    /// <summary>The ids of the profiles it owns, in order.</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The answer to <c>POST /api/v1/accounts</c>: the only time the token is shown.</summary>
public sealed record CreatedAccount
{
    /// <summary>The account's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its role.</summary>
    public required AccountRole Role { get; init; }

    /// <summary>The ids of the profiles it owns.</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>The bearer token (256 random bits, base64url). The registry keeps only its hash.</summary>
    public required string Token { get; init; }
}

/// <summary>The body of <c>GET /api/v1/accounts</c>.</summary>
public sealed record AccountList
{
    /// <summary>Every account, by name.</summary>
    public IReadOnlyList<Account> Items { get; init; } = [];
}

/// <summary>Reads and writes <see cref="AccountRole"/> as camelCase text (<c>manager</c>).</summary>
public sealed class AccountRoleJsonConverter() : JsonStringEnumConverter<AccountRole>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

/// <summary>
/// The answer to <c>GET /api/v1/me</c>: whose token the request carries. An extension of the reference registry
/// beyond registry-api-v1, which a portal needs to sign someone in (see docs/registry.md).
/// </summary>
public sealed record CurrentAccount
{
    /// <summary>The account's name (<c>admin</c> for the start-up token).</summary>
    public required string Name { get; init; }

    /// <summary>Its role.</summary>
    public required AccountRole Role { get; init; }

    /// <summary>The ids of the profiles it manages, in order (none for a reviewer or the admin, who write by role).</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];
}
