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

    /// <summary>Whether the registry is up (no authentication).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/health")]
    Task<IApiResponse> HealthAsync(CancellationToken cancellationToken);
}
