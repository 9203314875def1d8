using Enf.ClusterProfiles.Registry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>The endpoints the registry maps, read from its routing (built, not started).</summary>
internal static class RegistryEndpoints
{
    /// <summary>"GET /api/v1/profiles/{id} 200,401,404,…" for every endpoint that belongs in the API description.</summary>
    public static IReadOnlyList<string> Mapped()
    {
        var data = Directory.CreateTempSubdirectory("cluster-registry-endpoints-").FullName;
        try
        {
            var app = RegistryApp.Build(["--token", "endpoints", "--data-dir", data, "--urls", "http://127.0.0.1:0"]);
            try
            {
                return
                [
                    .. ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
                        .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
                        .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(method =>
                            $"{method} /{e.RoutePattern.RawText!.TrimStart('/').Replace(":int", string.Empty, StringComparison.Ordinal)} " +
                            string.Join(',', e.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).Distinct().Order())))
                        .Order(),
                ];
            }
            finally
            {
                ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
