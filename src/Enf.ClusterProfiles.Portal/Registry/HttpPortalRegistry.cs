using System.Net;
using System.Text.Json;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Sync;
using Refit;
using System.Text.Json.Nodes;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// The portal's one way to a registry: registry-api-v1 (revision 1.1) over HTTP through the typed client of
/// Enf.ClusterProfiles.Sync, with its deadlines and retries, every call carrying the token of the account the
/// instance acts as (<see cref="PortalRegistries"/>: in a request, the signed-in person's).
/// The same code serves the in-process reference registry and an external one given with <c>--registry</c>.
/// Whose token it is comes from <c>GET /api/v1/me</c>, the reference registry's extension (docs/registry.md).
/// </summary>
internal sealed class HttpPortalRegistry(IClusterRegistryApi api) : IPortalRegistry
{
    private const int PageSize = 500;

    public async Task<PortalAccount?> AuthenticateAsync(CancellationToken cancellationToken)
    {
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

        return new PortalAccount(me.Name, me.Role, new HashSet<string>(me.Profiles, StringComparer.Ordinal));
    }

    public async Task<IReadOnlyList<RegistryListItem>> ListAsync(ProfileStatus? status, CancellationToken cancellationToken)
    {
        var items = new List<RegistryListItem>();
        string? pageToken = null;
        do
        {
            using var page = status is { } wanted
                ? await api.ListByStatusAsync(wanted, PageSize, pageToken, cancellationToken)
                : await api.ListAsync(PageSize, pageToken, null, cancellationToken);
            if (!page.IsSuccessStatusCode || page.Content is not { } content)
            {
                throw Unexpected("GET /api/v1/profiles", page);
            }

            items.AddRange(content.Items.Select(i => new RegistryListItem(i.Id, i.Name, i.Status ?? ProfileStatus.Published, i.UpdatedAt, i.LastComment)));
            pageToken = content.NextPageToken;
        }
        while (pageToken is not null);

        return items;
    }

    public async Task<IReadOnlyDictionary<string, string>> ExportAsync(ProfileStatus status, CancellationToken cancellationToken)
    {
        using var response = await api.ExportAsync(status, cancellationToken);
        if (!response.IsSuccessStatusCode || response.Content is not { } stream)
        {
            throw Unexpected($"GET /api/v1/export?status={status}", response);
        }

        var profiles = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0 && JsonNode.Parse(line)?["id"]?.GetValue<string>() is { } id)
            {
                profiles[id] = line;
            }
        }

        return profiles;
    }

    public async Task<string?> ReadAsync(string id, CancellationToken cancellationToken) =>
        await ReadStoredAsync(id, cancellationToken) is var (json, _) ? json : null;

    public async Task<RegistryProfile?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (await ReadStoredAsync(id, cancellationToken) is not var (json, etag))
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

        return new RegistryProfile(id, json, etag, last.Status, history[changed].At, last.Comment);
    }

    public async Task<RegistryProfile?> GetPublishedAsync(string id, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(id, cancellationToken);
        if (history is null)
        {
            // Not allowed to read the history: what the caller reads is the published version, if any.
            return await ReadStoredAsync(id, cancellationToken) is var (json, etag) ? new RegistryProfile(id, json, etag, ProfileStatus.Published, default, null) : null;
        }

        if (history.LastOrDefault(v => v.Status == ProfileStatus.Published) is not { } published)
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

    public async Task<RegistryResult> PutAsync(string id, string json, string? ifMatch, CancellationToken cancellationToken)
    {
        var document = ProfileDocument.Parse(json);
        if (document.Profile is null)
        {
            return new RegistryResult(RegistryOutcome.Refused, Problem: "The form does not make a profile.");
        }

        using var response = await api.PutAsync(id, document.Profile.WithoutAnnotations(), ifMatch, ifMatch is null ? "*" : null, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK or HttpStatusCode.Created:
                return new RegistryResult(RegistryOutcome.Done, response.Headers?.ETag?.ToString());
            case HttpStatusCode.PreconditionFailed:
                // Created meanwhile, or changed since the caller read it: what is stored now goes beside what was typed.
                return new RegistryResult(RegistryOutcome.Conflict, Current: await GetAsync(id, cancellationToken));
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

    public async Task<RegistryResult> SubmitAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await api.SubmitAsync(id, null, cancellationToken);
        return Moved(response, $"POST /api/v1/profiles/{id}/submit");
    }

    public async Task<RegistryResult> ReviewAsync(string id, bool publish, string? comment, CancellationToken cancellationToken)
    {
        var decision = new ReviewDecision { Decision = publish ? ReviewOutcome.Publish : ReviewOutcome.Return, Comment = comment };
        using var response = await api.ReviewAsync(id, decision, null, cancellationToken);
        var result = Moved(response, $"POST /api/v1/profiles/{id}/review");
        return result.Outcome == RegistryOutcome.Refused && ProblemOf(response)?.Issues?.Any(i => i.Path == "comment") == true
            ? result with { Problem = "comment" }
            : result;
    }

    public async Task<IReadOnlyList<RegistryVersion>> VersionsAsync(string id, CancellationToken cancellationToken)
    {
        return [.. (await HistoryAsync(id, cancellationToken) ?? []).Select(v => new RegistryVersion(v.Version, v.Etag, v.At, v.By, v.Status, v.Comment))];
    }

    /// <summary>The sentence for a registry that has no <c>GET /api/v1/me</c>.</summary>
    internal const string MissingMe =
        "the registry answers GET /api/v1/me with 404: it has no way to tell whose token this is, which the portal needs to sign people in. " +
        "GET /api/v1/me is an extension beyond registry-api-v1 that the reference registry (src/Enf.ClusterProfiles.Registry) serves; see docs/registry.md.";

    private async Task<(string Json, string ETag)?> ReadStoredAsync(string id, CancellationToken cancellationToken)
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
}
