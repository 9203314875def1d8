using System.Net;
using System.Text.Json;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Registry.Contracts;
using Refit;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// The sync's view of the registry: the listing in full, one profile, one conditional write. A call that got no
/// usable answer throws <see cref="RegistryUnavailableException"/> (Refit hands transport failures back inside
/// the response; they are unwrapped here, in one place); an answer is a value to act on.
/// </summary>
internal sealed class RegistryCalls(IClusterRegistryApi api, ClusterRegistryClientOptions options)
{
    /// <summary>Every profile the registry lists, by id; a listing that cannot be trusted is a <see cref="SyncCannotRunException"/>.</summary>
    public async Task<IReadOnlyDictionary<string, ProfileListItem>> ListAllAsync(CancellationToken cancellationToken)
    {
        var remote = new Dictionary<string, ProfileListItem>(StringComparer.Ordinal);
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await api.ListAsync(500, token, null, cancellationToken).ConfigureAwait(false);
            Unwrap(page, cancellationToken);
            if (page.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new SyncCannotRunException("the registry refused the token (401): check --token or CLUSTER_REGISTRY_TOKEN.");
            }

            if (!page.IsSuccessStatusCode || page.Content is null)
            {
                throw new SyncCannotRunException($"listing the profiles, {Describe(page)}.");
            }

            foreach (var item in page.Content.Items)
            {
                // Ids become file names: take only what the profile format allows.
                if (item?.Id is null || !ProfileIds.IsValid(item.Id))
                {
                    throw new SyncCannotRunException($"the registry listed an id that is not a valid profile id: '{item?.Id}'.");
                }

                remote[item.Id] = item;
            }

            if (page.Content.NextPageToken is { } next && !seenTokens.Add(next))
            {
                throw new SyncCannotRunException("the registry repeated a page token; the listing would never end.");
            }

            token = page.Content.NextPageToken;
        }
        while (token is not null);

        return remote;
    }

    /// <summary>One profile and its ETag, or why not (a sentence).</summary>
    public async Task<(ClusterProfile? Profile, string Etag, string? Failure)> GetAsync(string id, CancellationToken cancellationToken)
    {
        var response = await api.GetAsync(id, cancellationToken).ConfigureAwait(false);
        Unwrap(response, cancellationToken);
        if (!response.IsSuccessStatusCode || response.Content is null)
        {
            return (null, string.Empty, $"reading it, {Describe(response)}");
        }

        return response.Content.Id == id
            ? (response.Content, response.Headers.ETag?.ToString() ?? string.Empty, null)
            : (null, string.Empty, $"the registry answered for '{id}' with a profile whose id is '{response.Content.Id}'");
    }

    /// <summary>A conditional write: create (<paramref name="ifMatch"/> null) or update.</summary>
    public async Task<IApiResponse> PutAsync(string id, ClusterProfile profile, string? ifMatch, CancellationToken cancellationToken)
    {
        var response = await api.PutAsync(id, profile, ifMatch, ifMatch is null ? "*" : null, cancellationToken).ConfigureAwait(false);
        Unwrap(response, cancellationToken);
        return response;
    }

    /// <summary>The problem body of a refusal, when it can be read.</summary>
    public static RegistryProblem? Problem(IApiResponse response)
    {
        try
        {
            return response.Error is ApiException { Content: { } content } ? JsonSerializer.Deserialize(content, RegistryJsonContext.Default.RegistryProblem) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What an answer says, for a message: its status, or that it could not be read. Never "answered 200 OK" as a failure.</summary>
    public string Describe(IApiResponse response)
    {
        if (response.StatusCode is not { } status)
        {
            return "the registry gave no answer";
        }

        if (response.IsSuccessStatusCode)
        {
            return $"the registry's answer ({(int)status}) could not be read{(response.Error is { } error ? $": {error.InnerException?.Message ?? error.Message}" : string.Empty)}";
        }

        // A transient status that comes out of the pipeline has used every retry.
        var tries = TransientFailures.IsTransient(status) ? $" after {options.MaxRetryAttempts + 1} tries" : string.Empty;
        return $"the registry answered {(int)status} {response.ReasonPhrase ?? status.ToString()}{tries}";
    }

    // A call that failed before an answer arrived: the caller's cancellation, or the registry unavailable.
    private static void Unwrap(IApiResponse response, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (response.Error is ApiRequestException request)
        {
            for (Exception? e = request; e is not null; e = e.InnerException)
            {
                if (e is RegistryUnavailableException unavailable)
                {
                    throw unavailable;
                }
            }

            throw new RegistryUnavailableException($"the registry cannot be reached ({(request.InnerException ?? request).Message.TrimEnd('.')})", 0, request);
        }
    }
}

/// <summary>The sync cannot run at all; the message says why, for the user.</summary>
internal sealed class SyncCannotRunException(string message, Exception? inner = null) : Exception(message, inner);
