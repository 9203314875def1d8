using Enf.ClusterProfiles.Portal.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>A registry the portal cannot use stops its start with one sentence that says why; nothing is ignored.</summary>
public sealed class RegistryRefusalTests
{
    [Fact]
    public async Task A_registry_without_GET_me_is_refused_at_start_naming_the_missing_endpoint()
    {
        // registry-api-v1 as written, without the reference registry's extension: a listing, a profile, health; no /me.
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var bare = builder.Build();
        bare.MapGet("/health", () => Results.Ok());
        bare.MapGet("/api/v1/profiles", () => Results.Json(new { items = Array.Empty<object>(), nextPageToken = (string?)null }));
        await bare.StartAsync();
        try
        {
            var error = await Assert.ThrowsAsync<PortalConfigurationException>(() => PortalServer.StartAsync("--registry", bare.Urls.Single(), "--token", "any-account-token"));
            Assert.Contains("GET /api/v1/me", error.Message, StringComparison.Ordinal);
            Assert.Contains("docs/registry.md", error.Message, StringComparison.Ordinal);
            Assert.StartsWith($"--registry {bare.Urls.Single().TrimEnd('/')}/", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await bare.StopAsync();
        }
    }

    [Theory]
    [InlineData(new[] { "--registry", "ftp://example" }, "absolute http or https URL")]
    [InlineData(new[] { "--registry", "http://registry.example/" }, "https")]
    [InlineData(new[] { "--registry", "http://127.0.0.1:9/" }, "needs a token of that registry")]
    [InlineData(new[] { "--registry", "http://127.0.0.1:9/", "--token", "t" }, "cannot be reached")]
    public async Task A_registry_option_the_portal_cannot_use_is_refused_with_a_sentence(string[] arguments, string expected)
    {
        var data = Directory.CreateTempSubdirectory("portal-test-").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<PortalConfigurationException>(() => PortalApp.BuildAsync([.. arguments, "--data-dir", data], demoCredentials: TextWriter.Null));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
