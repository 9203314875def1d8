using System.Security.Claims;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>The signed-in person: their account's name and role, and its registry token, kept in the protected cookie, never in a page.</summary>
public static class PortalPrincipal
{
    /// <summary>The claim that holds the registry token.</summary>
    public const string TokenClaim = "registry-token";

    /// <summary>The authorization policy of the review pages and the overview: reviewers and the admin.</summary>
    public const string ReviewerPolicy = "Reviewer";

    /// <summary>The roles that review: the role claims' values are the contract's <see cref="AccountRole"/> names.</summary>
    public static readonly string[] ReviewerRoles = [nameof(AccountRole.Reviewer), nameof(AccountRole.Admin)];

    public static ClaimsPrincipal Create(PortalAccount account, string token) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role.ToString()), new Claim(TokenClaim, token)],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The signed-in person's registry token, or <see langword="null"/>.</summary>
    public static string? TokenOf(ClaimsPrincipal? user) => user?.FindFirst(TokenClaim)?.Value is { Length: > 0 } token ? token : null;

    /// <summary>Whether the signed-in person reviews (a reviewer or the admin).</summary>
    public static bool Reviews(ClaimsPrincipal user) => ReviewerRoles.Any(user.IsInRole);
}
