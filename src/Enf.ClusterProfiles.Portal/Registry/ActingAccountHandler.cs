using System.Net.Http.Headers;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// Innermost handler of the registry client (after its bearer handler, inside each retry): replaces the configured
/// token (the portal's own) with the acting account's, which <see cref="ActAsHandler"/> put in the request's options.
/// The token goes only into the <c>Authorization</c> header.
/// </summary>
internal sealed class ActingAccountHandler : DelegatingHandler
{
    /// <summary>The request option that carries the acting account's token between the two handlers.</summary>
    public static readonly HttpRequestOptionsKey<string> Token = new("Enf.ClusterProfiles.Portal.ActingAccount");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Token, out var token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
