using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Sync;

/// <summary>Adds <c>Authorization: Bearer …</c> to every request; the token is never written anywhere else.</summary>
internal sealed class BearerTokenHandler(IOptions<ClusterRegistryClientOptions> options) : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Token);
        return base.SendAsync(request, cancellationToken);
    }
}
