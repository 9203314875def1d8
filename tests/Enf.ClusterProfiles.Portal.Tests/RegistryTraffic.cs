using System.Collections.Concurrent;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>Every request the portal sends to its registry, as <c>GET /api/v1/profiles?status=needsReview</c>, in order.</summary>
public sealed class RegistryTraffic
{
    private readonly ConcurrentQueue<string> requests = new();

    public IReadOnlyList<string> Requests => [.. requests];

    public void Clear() => requests.Clear();

    /// <summary>A handler for the registry client's pipeline that records each request.</summary>
    public DelegatingHandler Handler() => new Recorder(this);

    private sealed class Recorder(RegistryTraffic traffic) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            traffic.requests.Enqueue($"{request.Method} {request.RequestUri!.PathAndQuery}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
