using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.IntegrationTests.Sync;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>Raw HTTP calls to a running registry with a given token: what a client without the library would send.</summary>
internal sealed class RegistryCalls(RegistryServer server) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };

    public RegistryServer Server => server;

    public void Dispose() => http.Dispose();

    /// <summary>Creates an account as the admin and returns its token.</summary>
    public async Task<string> CreateAccountAsync(string name, string role, params string[] profiles)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/accounts", RegistryServer.Token, Json(new { name, role, profiles }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return created.RootElement.GetProperty("token").GetString()!;
    }

    public static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    public static StringContent Body(ClusterProfile profile) => new(ClusterProfileJson.Serialize(profile), Encoding.UTF8, "application/json");

    public static ClusterProfile Profile(string id, string city = "Oulu") => ClusterProfileBuilder.Full() with { Id = id, City = city };

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null, string? ifMatch = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> CreateAsync(string token, ClusterProfile profile) =>
        SendAsync(HttpMethod.Put, $"/api/v1/profiles/{profile.Id}", token, Body(profile), ifNoneMatch: "*");

    public Task<HttpResponseMessage> UpdateAsync(string token, ClusterProfile profile, string etag) =>
        SendAsync(HttpMethod.Put, $"/api/v1/profiles/{profile.Id}", token, Body(profile), ifMatch: etag);

    public Task<HttpResponseMessage> GetAsync(string token, string path) => SendAsync(HttpMethod.Get, path, token);

    public Task<HttpResponseMessage> SubmitAsync(string token, string id) => SendAsync(HttpMethod.Post, $"/api/v1/profiles/{id}/submit", token);

    public Task<HttpResponseMessage> ReviewAsync(string token, string id, string decision, string? comment = null, string? ifMatch = null) =>
        SendAsync(HttpMethod.Post, $"/api/v1/profiles/{id}/review", token, Json(new { decision, comment }), ifMatch: ifMatch);

    /// <summary>The ETag of the latest version, read as the admin.</summary>
    public async Task<string> ETagAsync(string id)
    {
        using var response = await GetAsync(RegistryServer.Token, $"/api/v1/profiles/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.ToString();
    }

    /// <summary>The profile's status, as the admin sees it in the listing.</summary>
    public async Task<string> StatusAsync(string id)
    {
        using var response = await GetAsync(RegistryServer.Token, "/api/v1/profiles?pageSize=500");
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).GetProperty("status").GetString()!;
    }

    public static async Task<string?> CityAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ClusterProfileJson.Deserialize(await response.Content.ReadAsStringAsync()).City;
    }
}
