using System.Net;
using System.Text.Json;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Sync;
using Refit;
using WireStatus = Enf.ClusterProfiles.Registry.Contracts.ProfileStatus;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// The portal's one way to a registry: registry-api-v1 (revision 1.1) over HTTP through the typed client of
/// Enf.ClusterProfiles.Sync, with its deadlines and retries, every call carrying the signed-in account's token.
/// The same code serves the in-process reference registry and an external one given with <c>--registry</c>.
/// Whose token it is comes from <c>GET /api/v1/me</c>, the reference registry's extension (docs/registry.md).
/// </summary>
internal sealed class HttpPortalRegistry(IClusterRegistryApi api) : IPortalRegistry
{
    private const int PageSize = 500;

    public async Task<PortalAccount?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        using var acting = ActingAccount.As(token);
        using var response = await api.GetCurrentAccountAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return null;
        }

        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            throw new PortalRegistryException(MissingMe);
        }

        if (!response.IsSuccessStatusCode || response.Content is not { } me)
        {
            throw Unexpected("GET /api/v1/me", response);
        }

        return new PortalAccount(me.Name, RoleOf(me.Role), new HashSet<string>(me.Profiles, StringComparer.Ordinal));
    }

    public async Task<IReadOnlyList<RegistryProfile>> ListAsync(string token, string? status, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return [];
        }

        using var acting = ActingAccount.As(token);
        var items = new List<ProfileListItem>();
        string? pageToken = null;
        do
        {
            using var page = status is null
                ? await api.ListAsync(PageSize, pageToken, null, cancellationToken)
                : await api.ListByStatusAsync(FromWire(status), PageSize, pageToken, cancellationToken);
            if (!page.IsSuccessStatusCode || page.Content is not { } content)
            {
                throw Unexpected("GET /api/v1/profiles", page);
            }

            items.AddRange(content.Items);
            pageToken = content.NextPageToken;
        }
        while (pageToken is not null);

        // The listing has no bodies: each profile is read as the caller sees it (a handful per account on the loopback).
        var profiles = new List<RegistryProfile>(items.Count);
        foreach (var item in items)
        {
            if (await ReadAsync(item.Id, cancellationToken) is not var (json, etag))
            {
                continue; // gone from the caller's view since the listing
            }

            var itemStatus = ToWire(item.Status ?? WireStatus.Published);
            var comment = itemStatus == ProfileStatus.Returned ? (await HistoryAsync(item.Id, cancellationToken))?.LastOrDefault()?.Comment : null;
            profiles.Add(new RegistryProfile(item.Id, json, etag, itemStatus, item.UpdatedAt, comment));
        }

        return profiles;
    }

    public async Task<RegistryProfile?> GetAsync(string token, string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        using var acting = ActingAccount.As(token);
        if (await ReadAsync(id, cancellationToken) is not var (json, etag))
        {
            return null;
        }

        // The status and the reviewer's last comment are in the history; one who may not read it (another
        // cluster's manager) sees the published version.
        var history = await HistoryAsync(id, cancellationToken);
        if (history is not { Count: > 0 })
        {
            return new RegistryProfile(id, json, etag, ProfileStatus.Published, default, null);
        }

        var last = history[^1];
        var changed = history.Count - 1;
        while (changed > 0 && history[changed - 1].Etag == last.Etag)
        {
            changed--; // decisions keep the content: it last changed at the first version of this run
        }

        return new RegistryProfile(id, json, etag, ToWire(last.Status), history[changed].At, last.Comment);
    }

    public async Task<RegistryProfile?> GetPublishedAsync(string token, string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        using var acting = ActingAccount.As(token);
        var history = await HistoryAsync(id, cancellationToken);
        if (history is null)
        {
            // Not allowed to read the history: what the caller reads is the published version, if any.
            return await ReadAsync(id, cancellationToken) is var (json, etag) ? new RegistryProfile(id, json, etag, ProfileStatus.Published, default, null) : null;
        }

        if (history.LastOrDefault(v => v.Status == WireStatus.Published) is not { } published)
        {
            return null;
        }

        using var response = await api.GetVersionAsync(id, published.Version, cancellationToken);
        if (!response.IsSuccessStatusCode || response.Content is not { } profile)
        {
            throw Unexpected($"GET /api/v1/profiles/{id}/versions/{published.Version}", response);
        }

        return new RegistryProfile(id, ClusterProfileJson.Serialize(profile), published.Etag, ProfileStatus.Published, published.At, published.Comment);
    }

    public async Task<RegistryResult> PutAsync(string token, string id, string json, string? ifMatch, CancellationToken cancellationToken)
    {
        var document = ProfileDocument.Parse(json);
        if (document.Profile is null)
        {
            return new RegistryResult(RegistryOutcome.Refused, Problem: "The form does not make a profile.");
        }

        using var acting = ActingAccount.As(token);
        using var response = await api.PutAsync(id, document.Profile.WithoutAnnotations(), ifMatch, ifMatch is null ? "*" : null, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK or HttpStatusCode.Created:
                return new RegistryResult(RegistryOutcome.Done, response.Headers?.ETag?.ToString());
            case HttpStatusCode.PreconditionFailed:
                // Created meanwhile, or changed since the caller read it: what is stored now goes beside what was typed.
                return new RegistryResult(RegistryOutcome.Conflict, Current: await GetAsync(token, id, cancellationToken));
            case HttpStatusCode.Forbidden:
                return new RegistryResult(RegistryOutcome.Forbidden);
            case HttpStatusCode.NotFound:
                return new RegistryResult(RegistryOutcome.NotFound);
            case HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge:
                return new RegistryResult(RegistryOutcome.Refused, Problem: ProblemOf(response)?.Detail);
            default:
                throw Unexpected($"PUT /api/v1/profiles/{id}", response);
        }
    }

    public async Task<RegistryResult> SubmitAsync(string token, string id, CancellationToken cancellationToken)
    {
        using var acting = ActingAccount.As(token);
        using var response = await api.SubmitAsync(id, null, cancellationToken);
        return Moved(response, $"POST /api/v1/profiles/{id}/submit");
    }

    public async Task<RegistryResult> ReviewAsync(string token, string id, bool publish, string? comment, CancellationToken cancellationToken)
    {
        using var acting = ActingAccount.As(token);
        var decision = new ReviewDecision { Decision = publish ? ReviewOutcome.Publish : ReviewOutcome.Return, Comment = comment };
        using var response = await api.ReviewAsync(id, decision, null, cancellationToken);
        var result = Moved(response, $"POST /api/v1/profiles/{id}/review");
        return result.Outcome == RegistryOutcome.Refused && ProblemOf(response)?.Issues?.Any(i => i.Path == "comment") == true
            ? result with { Problem = "comment" }
            : result;
    }

    public async Task<IReadOnlyList<RegistryVersion>> VersionsAsync(string token, string id, CancellationToken cancellationToken)
    {
        using var acting = ActingAccount.As(token);
        return [.. (await HistoryAsync(id, cancellationToken) ?? []).Select(v => new RegistryVersion(v.Version, v.Etag, v.At, v.By, ToWire(v.Status), v.Comment))];
    }

    /// <summary>The sentence for a registry that has no <c>GET /api/v1/me</c>.</summary>
    internal const string MissingMe =
        "the registry answers GET /api/v1/me with 404: it has no way to tell whose token this is, which the portal needs to sign people in. " +
        "GET /api/v1/me is an extension beyond registry-api-v1 that the reference registry (src/Enf.ClusterProfiles.Registry) serves; see docs/registry.md.";

    private async Task<(string Json, string ETag)?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await api.GetAsync(id, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode || response.Content is not { } profile || response.Headers.ETag is not { } etag)
        {
            throw Unexpected($"GET /api/v1/profiles/{id}", response);
        }

        return (ClusterProfileJson.Serialize(profile), etag.ToString());
    }

    /// <summary>The versions, oldest first; <see langword="null"/> when the caller may not read them (or the profile is not there).</summary>
    private async Task<IReadOnlyList<ProfileVersion>?> HistoryAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await api.ListVersionsAsync(id, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return null;
        }

        return response.IsSuccessStatusCode && response.Content is { } list ? list.Items : throw Unexpected($"GET /api/v1/profiles/{id}/versions", response);
    }

    private static RegistryResult Moved(IApiResponse<ProfileListItem> response, string call) => response.StatusCode switch
    {
        HttpStatusCode.OK => new RegistryResult(RegistryOutcome.Done, response.Content?.Etag),
        HttpStatusCode.Forbidden => new RegistryResult(RegistryOutcome.Forbidden),
        HttpStatusCode.NotFound => new RegistryResult(RegistryOutcome.NotFound),
        HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed => new RegistryResult(RegistryOutcome.WrongStatus),
        HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest => new RegistryResult(RegistryOutcome.Refused, Problem: ProblemOf(response)?.Detail),
        _ => throw Unexpected(call, response),
    };

    private static RegistryProblem? ProblemOf(IApiResponse response)
    {
        try
        {
            return response.Error is ApiException { Content: { Length: > 0 } content } ? JsonSerializer.Deserialize(content, RegistryJsonContext.Default.RegistryProblem) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PortalRegistryException Unexpected(string call, IApiResponse response) =>
        response.StatusCode is null
            ? new(NoAnswer(response.Error)) // Refit hands back a failed call (no answer at all) as a response without a status
            : new($"the registry answered {call} with {(int?)response.StatusCode} {ProblemOf(response)?.Detail}".TrimEnd());

    // The client's own sentence ("the registry cannot be reached (Connection refused), 3 tries"), else the innermost failure.
    private static string NoAnswer(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is RegistryUnavailableException unavailable)
            {
                return unavailable.Message;
            }

            if (e.InnerException is null)
            {
                return $"no answer from the registry: {e.Message}";
            }
        }

        return "no answer from the registry";
    }

    private static string RoleOf(AccountRole role) => role switch
    {
        AccountRole.Admin => Roles.Admin,
        AccountRole.Reviewer => Roles.Reviewer,
        _ => Roles.Manager,
    };

    private static string ToWire(WireStatus status) => status switch
    {
        WireStatus.Draft => ProfileStatus.Draft,
        WireStatus.NeedsReview => ProfileStatus.NeedsReview,
        WireStatus.Returned => ProfileStatus.Returned,
        _ => ProfileStatus.Published,
    };

    private static WireStatus FromWire(string status) => status switch
    {
        ProfileStatus.Draft => WireStatus.Draft,
        ProfileStatus.NeedsReview => WireStatus.NeedsReview,
        ProfileStatus.Returned => WireStatus.Returned,
        _ => WireStatus.Published,
    };
}

/// <summary>The registry answered in a way the portal cannot act on; the message says what it answered (never a token).</summary>
public sealed class PortalRegistryException(string message) : Exception(message);
