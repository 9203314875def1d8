using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Http;

namespace Enf.ClusterProfiles.Registry;

/// <summary>The registry's RFC 9457 answers, and reading a small JSON body within the size limit.</summary>
internal static class Problems
{
    public static IResult Forbidden(string detail) => Results.Problem(statusCode: 403, title: "Forbidden", detail: detail);

    public static IResult NotFound(string id) => Results.Problem(statusCode: 404, title: "Not found", detail: $"No profile has the id '{id}'.");

    public static IResult Refused(string title, string detail, IReadOnlyList<RegistryIssue> issues) =>
        Results.Problem(statusCode: 422, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["issues"] = issues });

    /// <summary>Reads the whole body (at most the size limit) into a buffer.</summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadBodyAsync(HttpRequest request, RegistrySettings settings)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > settings.MaxBodyBytes)
            {
                return (null, Results.Problem(statusCode: 413, title: "Too large", detail: $"A body may be at most {settings.MaxBodyBytes} bytes."));
            }
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>A small JSON body: <c>400</c> with the line and position when it is not JSON of the expected shape.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, RegistrySettings settings, JsonTypeInfo<T> type)
        where T : class
    {
        var (body, problem) = await ReadBodyAsync(request, settings).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            return JsonSerializer.Deserialize(body, type) is { } value
                ? (value, null)
                : (null, Results.Problem(statusCode: 400, title: "Not JSON", detail: "The body must be a JSON object."));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1}{(e.Path is { Length: > 1 } path ? $", at {path}" : string.Empty)})" : string.Empty;
            return (null, Results.Problem(statusCode: 400, title: "Not JSON", detail: $"The body is not a JSON object of the expected shape{where}."));
        }
    }
}
