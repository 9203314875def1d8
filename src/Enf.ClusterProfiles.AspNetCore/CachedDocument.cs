using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>
/// A response body that never changes while the application runs (the schema, the catalogue in one language):
/// serialised once, served with a strong <c>ETag</c> and cache headers, <c>304</c> when the client has it.
/// </summary>
internal sealed class CachedDocument(byte[] body, string contentType, TimeSpan maxAge) : IResult
{
    public string ETag { get; } = $"\"{Convert.ToHexString(SHA256.HashData(body).AsSpan(0, 16)).ToLowerInvariant()}\"";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
        if (ClientHasIt(httpContext.Request))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    private bool ClientHasIt(HttpRequest request) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == ETag); // weak comparison, as RFC 9110 asks for If-None-Match
}
