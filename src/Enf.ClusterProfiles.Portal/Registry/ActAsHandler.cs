namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// Outermost handler of a registry client bound to one account (<see cref="PortalRegistries"/>): marks each request
/// with the account's token, which <see cref="ActingAccountHandler"/> puts into the header inside each retry.
/// </summary>
internal sealed class ActAsHandler(string token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(ActingAccountHandler.Token, token);
        return base.SendAsync(request, cancellationToken);
    }
}
