using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Sync;
using Microsoft.Extensions.Options;
using Refit;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// The registry as one account: each <see cref="IPortalRegistry"/> it makes sends that account's token with every call,
/// through the typed client's own pipeline (deadlines, retries, circuit breaker), so that the registry decides every
/// right. A page's <see cref="IPortalRegistry"/> (scoped, one a request) acts as the signed-in person; the sign-in page
/// acts as the token typed in, the start-up as the demo accounts it makes, and without an account the portal's own token
/// (<c>--token</c>, or the in-process registry's admin) is sent.
/// </summary>
public sealed class PortalRegistries
{
    private static readonly RefitSettings Settings = RefitSettings.ForJsonContext(RegistryJsonContext.Default);

    private readonly IHttpMessageHandlerFactory handlers;
    private readonly IOptions<ClusterRegistryClientOptions> options;
    private readonly string clientName;

    internal PortalRegistries(IHttpMessageHandlerFactory handlers, IOptions<ClusterRegistryClientOptions> options, string clientName)
    {
        this.handlers = handlers;
        this.options = options;
        this.clientName = clientName;
    }

    /// <summary>The registry as the account whose token this is.</summary>
    public IPortalRegistry As(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new HttpPortalRegistry(Client(token));
    }

    /// <summary>The registry as the portal's own account.</summary>
    public IPortalRegistry Own() => new HttpPortalRegistry(Client(null));

    private IClusterRegistryApi Client(string? token)
    {
        // The pooled pipeline of the typed client (the factory owns and recycles it), behind a marker for this account.
        var pipeline = handlers.CreateHandler(clientName);
        HttpMessageHandler handler = token is null ? pipeline : new ActAsHandler(token) { InnerHandler = pipeline };
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = options.Value.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        return RestService.For<IClusterRegistryApi>(client, Settings);
    }
}
