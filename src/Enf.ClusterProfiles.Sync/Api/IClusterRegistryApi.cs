using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Registry.Contracts;
using Refit;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// The registry API of registry-api-v1 as a Refit interface; the implementation is generated at build time.
/// Every call returns the response, so status codes are values to act on, not exceptions.
/// </summary>
public interface IClusterRegistryApi
{
    /// <summary>One page of the profile listing, in a stable order.</summary>
    /// <param name="pageSize">Items per page, 1–500 (default 100).</param>
    /// <param name="pageToken">The token of the page to read, from the previous page.</param>
    /// <param name="updatedSince">Only profiles updated at or after this instant (ISO 8601).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/v1/profiles")]
    Task<IApiResponse<ProfileListPage>> ListAsync(int? pageSize, string? pageToken, string? updatedSince, CancellationToken cancellationToken);

    /// <summary>One profile, with its <c>ETag</c> header; 404 when unknown.</summary>
    /// <param name="id">The profile id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/v1/profiles/{id}")]
    Task<IApiResponse<ClusterProfile>> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Creates (<c>If-None-Match: *</c>, 201) or updates (<c>If-Match: "etag"</c>, 200) a profile; 412 when
    /// the expectation fails, 422 when the profile is refused, 428 without either header.
    /// </summary>
    /// <param name="id">The profile id, equal to the body's.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="ifMatch">The ETag the update expects, quoted.</param>
    /// <param name="ifNoneMatch"><c>*</c> for a create.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/api/v1/profiles/{id}")]
    Task<IApiResponse> PutAsync(
        string id,
        [Body] ClusterProfile profile,
        [Header("If-Match")] string? ifMatch,
        [Header("If-None-Match")] string? ifNoneMatch,
        CancellationToken cancellationToken);

    /// <summary>One page of the profiles of one status (a reviewer's queue is <see cref="ProfileStatus.NeedsReview"/>).</summary>
    /// <param name="status">The status wanted.</param>
    /// <param name="pageSize">Items per page, 1–500 (default 100).</param>
    /// <param name="pageToken">The token of the page to read, from the previous page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/v1/profiles")]
    Task<IApiResponse<ProfileListPage>> ListByStatusAsync(ProfileStatus status, int? pageSize, string? pageToken, CancellationToken cancellationToken);

    /// <summary>
    /// Submits a draft or returned profile for review (owner, admin): 200 with its new status; 409 from another
    /// status; 422 with the issues when it has errors; 412 when <paramref name="ifMatch"/> is given and stale.
    /// </summary>
    /// <param name="id">The profile id.</param>
    /// <param name="ifMatch">Optionally, the ETag of the version the caller means to submit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/api/v1/profiles/{id}/submit")]
    Task<IApiResponse<ProfileListItem>> SubmitAsync(string id, [Header("If-Match")] string? ifMatch, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes or returns a profile that needs review (reviewer, admin): 200 with its new status; 409 from another
    /// status; 422 for a return without a comment; 412 when <paramref name="ifMatch"/> is given and stale.
    /// </summary>
    /// <param name="id">The profile id.</param>
    /// <param name="decision">The decision and its comment.</param>
    /// <param name="ifMatch">Optionally, the ETag of the version the reviewer read, so that a later edit is not published unseen.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/api/v1/profiles/{id}/review")]
    Task<IApiResponse<ProfileListItem>> ReviewAsync(string id, [Body] ReviewDecision decision, [Header("If-Match")] string? ifMatch, CancellationToken cancellationToken);

    /// <summary>Every version of a profile, oldest first (owner, reviewers, admin).</summary>
    /// <param name="id">The profile id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/v1/profiles/{id}/versions")]
    Task<IApiResponse<ProfileVersionList>> ListVersionsAsync(string id, CancellationToken cancellationToken);

    /// <summary>The profile as it was at one version, with that version's <c>ETag</c>.</summary>
    /// <param name="id">The profile id.</param>
    /// <param name="version">The version number, from 1.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/v1/profiles/{id}/versions/{version}")]
    Task<IApiResponse<ClusterProfile>> GetVersionAsync(string id, int version, CancellationToken cancellationToken);

    /// <summary>
    /// Every profile of a status (published when <see langword="null"/>) as NDJSON, one profile a line in id order.
    /// Dispose the response; read the stream line by line.
    /// </summary>
    /// <param name="status">The status; managers may export only published profiles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/v1/export")]
    Task<IApiResponse<Stream>> ExportAsync(ProfileStatus? status, CancellationToken cancellationToken);

    /// <summary>Creates an account (admin): 201 with its token, which is shown this once; 409 when the name is taken.</summary>
    /// <param name="account">Name, role and, for a manager, its profiles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/api/v1/accounts")]
    Task<IApiResponse<CreatedAccount>> CreateAccountAsync([Body] NewAccount account, CancellationToken cancellationToken);

    /// <summary>Every account, without tokens (admin).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/v1/accounts")]
    Task<IApiResponse<AccountList>> ListAccountsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes an account (admin): 204; its token stops working at once.</summary>
    /// <param name="name">The account's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/api/v1/accounts/{name}")]
    Task<IApiResponse> DeleteAccountAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Whose token this is: the account's name, role and the profiles it manages; 401 for a token the registry
    /// does not know. An extension of the reference registry beyond registry-api-v1 (a registry without it
    /// answers 404 or 405), which a portal needs to sign someone in.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/v1/me")]
    Task<IApiResponse<CurrentAccount>> GetCurrentAccountAsync(CancellationToken cancellationToken);

    /// <summary>Whether the registry is up (no authentication).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/health")]
    Task<IApiResponse> HealthAsync(CancellationToken cancellationToken);
}
