using System.Net;
using Enf.ClusterProfiles.IntegrationTests.Sync;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>One registry on 127.0.0.1 with an account of every role, and a revoked one, for the rights matrix.</summary>
public sealed class RightsMatrixFixture : IAsyncLifetime
{
    private int counter;

    internal RegistryServer Server { get; private set; } = null!;

    internal RegistryCalls Calls { get; private set; } = null!;

    internal Dictionary<string, string?> Tokens { get; } = [];

    public async Task InitializeAsync()
    {
        // Many 401s are the point here; the throttle has its own test.
        Server = await RegistryServer.StartAsync(authFailureLimit: 10_000);
        Calls = new RegistryCalls(Server);
        Tokens["admin"] = RegistryServer.Token;
        Tokens["reviewer"] = await Calls.CreateAccountAsync("council", "reviewer");
        Tokens["owner"] = await Calls.CreateAccountAsync("owner", "manager");
        Tokens["other"] = await Calls.CreateAccountAsync("other", "manager");
        Tokens["none"] = null;
        Tokens["revoked"] = await Calls.CreateAccountAsync("gone", "manager");
        Assert.Equal(HttpStatusCode.NoContent, (await Calls.SendAsync(HttpMethod.Delete, "/api/v1/accounts/gone", RegistryServer.Token)).StatusCode);
    }

    public async Task DisposeAsync()
    {
        Calls.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A new profile owned by "owner", brought to <paramref name="status"/> through the API.</summary>
    internal async Task<string> ProfileAsync(string status)
    {
        var id = $"matrix-{Interlocked.Increment(ref counter)}";
        Assert.Equal(HttpStatusCode.Created, (await Calls.CreateAsync(Tokens["owner"]!, RegistryCalls.Profile(id))).StatusCode);
        if (status is "needsReview" or "published" or "returned")
        {
            Assert.Equal(HttpStatusCode.OK, (await Calls.SubmitAsync(Tokens["owner"]!, id)).StatusCode);
        }

        if (status is "published" or "returned")
        {
            Assert.Equal(HttpStatusCode.OK, (await Calls.ReviewAsync(RegistryServer.Token, id, status == "published" ? "publish" : "return", "Fix the description.")).StatusCode);
        }

        return id;
    }
}

/// <summary>
/// registry-api-v1 revision 1.1's rights: every endpoint × every role (admin, reviewer, the owning manager,
/// another manager, no token, a revoked token), with the expected status, over real HTTP.
/// </summary>
public sealed class RightsMatrixTests(RightsMatrixFixture fixture) : IClassFixture<RightsMatrixFixture>
{
    private static readonly string[] Roles = ["admin", "reviewer", "owner", "other", "none", "revoked"];

    // Expected status per role, in the order of Roles.
    private static readonly (string Endpoint, int[] Expected)[] Matrix =
    [
        ("GET /health", [200, 200, 200, 200, 200, 200]),
        ("GET /profiles", [200, 200, 200, 200, 401, 401]),
        ("GET /profiles?status=needsReview", [200, 200, 200, 200, 401, 401]),
        ("GET /profiles/{draft}", [200, 200, 200, 404, 401, 401]),
        ("GET /profiles/{published}", [200, 200, 200, 200, 401, 401]),
        ("PUT /profiles/{new} (create)", [201, 403, 201, 201, 401, 401]),
        ("PUT /profiles/{draft} (update)", [200, 403, 200, 404, 401, 401]),
        ("PUT /profiles/{published} (update)", [200, 403, 200, 403, 401, 401]),
        ("POST /profiles/{draft}/submit", [200, 403, 200, 404, 401, 401]),
        ("POST /profiles/{returned}/submit", [200, 403, 200, 404, 401, 401]),
        ("POST /profiles/{needsReview}/review publish", [200, 200, 403, 404, 401, 401]),
        ("POST /profiles/{needsReview}/review return", [200, 200, 403, 404, 401, 401]),
        ("GET /profiles/{draft}/versions", [200, 200, 200, 404, 401, 401]),
        ("GET /profiles/{published}/versions", [200, 200, 200, 403, 401, 401]),
        ("GET /profiles/{draft}/versions/1", [200, 200, 200, 404, 401, 401]),
        ("GET /profiles/{published}/versions/1", [200, 200, 200, 403, 401, 401]),
        ("POST /assess", [200, 200, 200, 200, 401, 401]),
        ("GET /export?status=published", [200, 200, 200, 200, 401, 401]),
        ("GET /export?status=draft", [200, 200, 403, 403, 401, 401]),
        ("POST /accounts", [201, 403, 403, 403, 401, 401]),
        ("GET /accounts", [200, 403, 403, 403, 401, 401]),
        ("DELETE /accounts/{name}", [204, 403, 403, 403, 401, 401]),
        ("GET /me", [200, 200, 200, 200, 401, 401]),
    ];

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (endpoint, expected) in Matrix)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                data.Add(endpoint, Roles[i], expected[i]);
            }
        }

        return data;
    }

    [Fact]
    public void The_matrix_covers_every_endpoint_the_registry_maps()
    {
        var mapped = RegistryEndpoints.Mapped().Select(e => e.Split(' ')[0] + " " + e.Split(' ')[1]).ToHashSet();
        var covered = Matrix.Select(row => Normalise(row.Endpoint)).ToHashSet();

        Assert.Empty(mapped.Except(covered));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_endpoint_answers_every_role_as_the_rights_table_says(string endpoint, string role, int expected)
    {
        var token = fixture.Tokens[role];
        var calls = fixture.Calls;
        using var response = endpoint switch
        {
            "GET /health" => await calls.GetAsync(token!, "/health"),
            "GET /profiles" => await calls.GetAsync(token!, "/api/v1/profiles"),
            "GET /profiles?status=needsReview" => await calls.GetAsync(token!, "/api/v1/profiles?status=needsReview"),
            "GET /profiles/{draft}" => await calls.GetAsync(token!, $"/api/v1/profiles/{await fixture.ProfileAsync("draft")}"),
            "GET /profiles/{published}" => await calls.GetAsync(token!, $"/api/v1/profiles/{await fixture.ProfileAsync("published")}"),
            "PUT /profiles/{new} (create)" => await calls.CreateAsync(token!, RegistryCalls.Profile($"new-{role}")),
            "PUT /profiles/{draft} (update)" => await UpdateAsync("draft"),
            "PUT /profiles/{published} (update)" => await UpdateAsync("published"),
            "POST /profiles/{draft}/submit" => await calls.SubmitAsync(token!, await fixture.ProfileAsync("draft")),
            "POST /profiles/{returned}/submit" => await calls.SubmitAsync(token!, await fixture.ProfileAsync("returned")),
            "POST /profiles/{needsReview}/review publish" => await calls.ReviewAsync(token!, await fixture.ProfileAsync("needsReview"), "publish"),
            "POST /profiles/{needsReview}/review return" => await calls.ReviewAsync(token!, await fixture.ProfileAsync("needsReview"), "return", "Add the members."),
            "GET /profiles/{draft}/versions" => await calls.GetAsync(token!, $"/api/v1/profiles/{await fixture.ProfileAsync("draft")}/versions"),
            "GET /profiles/{published}/versions" => await calls.GetAsync(token!, $"/api/v1/profiles/{await fixture.ProfileAsync("published")}/versions"),
            "GET /profiles/{draft}/versions/1" => await calls.GetAsync(token!, $"/api/v1/profiles/{await fixture.ProfileAsync("draft")}/versions/1"),
            "GET /profiles/{published}/versions/1" => await calls.GetAsync(token!, $"/api/v1/profiles/{await fixture.ProfileAsync("published")}/versions/1"),
            "POST /assess" => await calls.SendAsync(HttpMethod.Post, "/api/v1/assess", token, RegistryCalls.Body(RegistryCalls.Profile("assessed"))),
            "GET /export?status=published" => await calls.GetAsync(token!, "/api/v1/export?status=published"),
            "GET /export?status=draft" => await calls.GetAsync(token!, "/api/v1/export?status=draft"),
            "POST /accounts" => await calls.SendAsync(HttpMethod.Post, "/api/v1/accounts", token, RegistryCalls.Json(new { name = $"made-by-{role}", role = "manager" })),
            "GET /accounts" => await calls.GetAsync(token!, "/api/v1/accounts"),
            "DELETE /accounts/{name}" => await DeleteAccountAsync(),
            "GET /me" => await calls.GetAsync(token!, "/api/v1/me"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "not in the matrix"),
        };

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        async Task<HttpResponseMessage> UpdateAsync(string status)
        {
            var id = await fixture.ProfileAsync(status);
            return await calls.UpdateAsync(token!, RegistryCalls.Profile(id, city: "Kempele"), await calls.ETagAsync(id));
        }

        async Task<HttpResponseMessage> DeleteAccountAsync()
        {
            var name = $"to-delete-by-{role}";
            await calls.CreateAccountAsync(name, "manager");
            return await calls.SendAsync(HttpMethod.Delete, $"/api/v1/accounts/{name}", token);
        }
    }

    [Fact]
    public async Task Me_answers_whose_token_it_is_with_the_role_and_the_profiles_it_manages()
    {
        var id = await fixture.ProfileAsync("draft");
        using var owner = await fixture.Calls.GetAsync(fixture.Tokens["owner"]!, "/api/v1/me");
        using var body = System.Text.Json.JsonDocument.Parse(await owner.Content.ReadAsStringAsync());
        Assert.Equal("owner", body.RootElement.GetProperty("name").GetString());
        Assert.Equal("manager", body.RootElement.GetProperty("role").GetString());
        Assert.Contains(id, body.RootElement.GetProperty("profiles").EnumerateArray().Select(p => p.GetString()));
        Assert.False(body.RootElement.TryGetProperty("token", out _)); // never a token

        using var admin = await fixture.Calls.GetAsync(RegistryServer.Token, "/api/v1/me");
        using var adminBody = System.Text.Json.JsonDocument.Parse(await admin.Content.ReadAsStringAsync());
        Assert.Equal("admin", adminBody.RootElement.GetProperty("name").GetString());
        Assert.Equal("admin", adminBody.RootElement.GetProperty("role").GetString());
        Assert.Equal(0, adminBody.RootElement.GetProperty("profiles").GetArrayLength());
    }

    // "GET /profiles/{draft}/versions/1" → "GET /api/v1/profiles/{id}/versions/{version}", as the registry maps it.
    private static string Normalise(string endpoint)
    {
        var parts = endpoint.Split(' ');
        var path = parts[1].Split('?')[0];
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[a-zA-Z]+\}", "{id}").Replace("/versions/1", "/versions/{version}", StringComparison.Ordinal);
        path = path.Replace("/accounts/{id}", "/accounts/{name}", StringComparison.Ordinal);
        return $"{parts[0]} {(path == "/health" ? path : "/api/v1" + path)}";
    }
}
