using System.Net.Http.Headers;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// Whose token a registry call carries. The typed client of Enf.ClusterProfiles.Sync sends one configured token
/// (the portal's own: the admin of the in-process registry, or the <c>--token</c> given with <c>--registry</c>);
/// the portal acts as the signed-in account instead, so that the registry, not the portal, decides every right.
/// </summary>
internal static class ActingAccount
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>The token of the account the calls in this flow act as, or <see langword="null"/> for the portal's own.</summary>
    public static string? Token => Current.Value;

    /// <summary>Calls made until the scope is disposed carry <paramref name="token"/>.</summary>
    public static Scope As(string token)
    {
        var previous = Current.Value;
        Current.Value = token;
        return new Scope(previous);
    }

    public readonly struct Scope(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

/// <summary>
/// Innermost handler of the registry client (after its bearer handler, inside each retry): replaces the configured
/// token with the acting account's, when there is one. The token goes only into the <c>Authorization</c> header.
/// </summary>
internal sealed class ActingAccountHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (ActingAccount.Token is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
