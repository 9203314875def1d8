using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Sync;

/// <summary>Every row of the contract table of registry-api-v1, over real HTTP on 127.0.0.1.</summary>
public sealed class RegistryContractTests : IAsyncLifetime
{
    private static readonly Lazy<NJsonSchema.JsonSchema> AssessmentSchema = new(() =>
        NJsonSchema.JsonSchema.FromFileAsync(RepositoryFiles.PathOf("schemas/assessment.v1.schema.json")).GetAwaiter().GetResult());

    private RegistryServer server = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        server = await RegistryServer.StartAsync();
        client = server.RawClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static StringContent Body(Model.ClusterProfile profile) => Body(ClusterProfileJson.Serialize(profile));

    private Task<HttpResponseMessage> Put(string id, HttpContent body, string? ifMatch = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/profiles/{id}") { Content = body };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return client.SendAsync(request);
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Health_answers_without_a_token()
    {
        using var anonymous = server.RawClient(token: null);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_missing_or_wrong_token_is_401_and_the_token_is_not_echoed()
    {
        using var anonymous = server.RawClient(token: null);
        using var wrong = server.RawClient(token: "not-the-token");

        await AssertProblem(await anonymous.GetAsync("/api/v1/profiles"), HttpStatusCode.Unauthorized);
        var response = await wrong.GetAsync("/api/v1/profiles/x");
        await AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("not-the-token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_without_a_precondition_is_428()
    {
        await AssertProblem(await Put("arctic-water", Body(ClusterProfileBuilder.Full())), (HttpStatusCode)428);
    }

    [Theory]
    [InlineData(null, "\"abc\"")]
    [InlineData("\"abc\"", "*")]
    [InlineData("not an etag", null)]
    public async Task A_write_with_an_unclear_precondition_is_428(string? ifMatch, string? ifNoneMatch)
    {
        await AssertProblem(await Put("arctic-water", Body(ClusterProfileBuilder.Full()), ifMatch, ifNoneMatch), (HttpStatusCode)428);
    }

    [Fact]
    public async Task If_Match_may_list_several_ETags()
    {
        var etag = (await Put("arctic-water", Body(ClusterProfileBuilder.Full()), ifNoneMatch: "*")).Headers.ETag!.ToString();

        var response = await Put("arctic-water", Body(ClusterProfileBuilder.Full() with { City = "Kempele" }), ifMatch: $"\"other\", {etag}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Create_is_201_with_an_ETag_and_a_second_create_is_412()
    {
        var created = await Put("arctic-water", Body(ClusterProfileBuilder.Full()), ifNoneMatch: "*");
        var again = await Put("arctic-water", Body(ClusterProfileBuilder.Full()), ifNoneMatch: "*");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(created.Headers.ETag);
        await AssertProblem(again, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Get_returns_the_profile_with_its_ETag_and_404_when_unknown()
    {
        var created = await Put("arctic-water", Body(ClusterProfileBuilder.Full()), ifNoneMatch: "*");

        var found = await client.GetAsync("/api/v1/profiles/arctic-water");
        var missing = await client.GetAsync("/api/v1/profiles/no-such-profile");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(created.Headers.ETag, found.Headers.ETag);
        Assert.Equal("Arctic Water Cluster", ClusterProfileJson.Deserialize(await found.Content.ReadAsStringAsync()).Name);
        await AssertProblem(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Update_needs_the_current_ETag_and_the_ETag_changes_only_with_the_content()
    {
        var etag = (await Put("arctic-water", Body(ClusterProfileBuilder.Full()), ifNoneMatch: "*")).Headers.ETag!.ToString();

        var same = await Put("arctic-water", Body(ClusterProfileBuilder.Full()), ifMatch: etag);
        var changed = await Put("arctic-water", Body(ClusterProfileBuilder.Full() with { City = "Kempele" }), ifMatch: etag);
        var stale = await Put("arctic-water", Body(ClusterProfileBuilder.Full() with { City = "Liminka" }), ifMatch: etag);

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(etag, same.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.ToString());
        await AssertProblem(stale, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task An_invalid_profile_is_422_with_the_library_issues()
    {
        var response = await Put("arctic-water", Body(ClusterProfileBuilder.Full() with { Description = null, Region = "SE332" }), ifNoneMatch: "*");

        await AssertProblem(response, HttpStatusCode.UnprocessableEntity);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var issues = problem.RootElement.GetProperty("issues").EnumerateArray().Select(i => (i.GetProperty("code").GetString(), i.GetProperty("path").GetString())).ToList();
        Assert.Contains(("required", "description"), issues);
        Assert.Contains(("region.countryMismatch", "region"), issues);
    }

    [Fact]
    public async Task The_id_in_path_and_body_must_agree()
    {
        var response = await Put("other-id", Body(ClusterProfileBuilder.Full()), ifNoneMatch: "*");

        await AssertProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("id.mismatch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_400_and_one_over_1_MiB_is_413()
    {
        await AssertProblem(await Put("arctic-water", Body("{ not json"), ifNoneMatch: "*"), HttpStatusCode.BadRequest);
        await AssertProblem(await Put("arctic-water", Body($"{{\"description\": \"{new string('d', 1_100_000)}\"}}"), ifNoneMatch: "*"), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_listing_pages_in_a_stable_order()
    {
        foreach (var id in new[] { "cluster-e", "cluster-a", "cluster-c", "cluster-b", "cluster-d" })
        {
            Assert.Equal(HttpStatusCode.Created, (await Put(id, Body(ClusterProfileBuilder.Full() with { Id = id }), ifNoneMatch: "*")).StatusCode);
        }

        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var url = "/api/v1/profiles?pageSize=2" + (token is null ? string.Empty : $"&pageToken={Uri.EscapeDataString(token)}");
            using var page = JsonDocument.Parse(await client.GetStringAsync(url));
            ids.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            Assert.All(page.RootElement.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("\"", i.GetProperty("etag").GetString(), StringComparison.Ordinal));
            token = page.RootElement.GetProperty("nextPageToken").GetString();
            pages++;
        }
        while (token is not null);

        Assert.Equal(["cluster-a", "cluster-b", "cluster-c", "cluster-d", "cluster-e"], ids);
        Assert.Equal(3, pages);
        await AssertProblem(await client.GetAsync("/api/v1/profiles?pageSize=0"), HttpStatusCode.BadRequest);
        await AssertProblem(await client.GetAsync("/api/v1/profiles?pageSize=501"), HttpStatusCode.BadRequest);
        using var future = JsonDocument.Parse(await client.GetStringAsync("/api/v1/profiles?updatedSince=2999-01-01T00:00:00Z"));
        Assert.Equal(0, future.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Assess_answers_with_the_assessment_and_stores_nothing()
    {
        var response = await client.PostAsync("/api/v1/assess", Body(ClusterProfileBuilder.Full() with { City = null }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var assessment = JsonDocument.Parse(body);
        Assert.False(assessment.RootElement.GetProperty("valid").GetBoolean());
        Assert.Empty(AssessmentSchema.Value.Validate(body)); // the shape the contract's Assessment refers to
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/profiles/arctic-water")).StatusCode);
    }

    [Fact]
    public async Task Overload_is_429_with_Retry_After()
    {
        await using var limited = await RegistryServer.StartAsync(permitsPerSecond: 3);
        using var busy = limited.RawClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => busy.GetAsync("/api/v1/profiles")));

        var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, r => Assert.NotNull(r.Headers.RetryAfter));
        await AssertProblem(rejected[0], HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_registry_serves_the_committed_OpenAPI_document_and_it_describes_every_endpoint_it_maps()
    {
        var committed = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schemas/registry-api.v1.openapi.json"));
        using var anonymous = server.RawClient(token: null);
        using var document = JsonDocument.Parse(committed);

        Assert.Equal(committed, await anonymous.GetStringAsync("/openapi/v1.json"));
        Assert.Equal(await File.ReadAllTextAsync(RepositoryFiles.PathOf("schemas/cluster-profile.v1.schema.json")), await anonymous.GetStringAsync("/openapi/cluster-profile.v1.schema.json"));
        Assert.Equal(await File.ReadAllTextAsync(RepositoryFiles.PathOf("schemas/assessment.v1.schema.json")), await anonymous.GetStringAsync("/openapi/assessment.v1.schema.json"));
        Assert.Equal(Registry.RegistryEndpoints.Mapped(), Operations(document)); // both ways: nothing mapped is missing, nothing documented is unmapped
    }

    [Fact]
    public void Every_documented_operation_has_a_summary_and_every_API_operation_the_bearer_scheme()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schemas/registry-api.v1.openapi.json")));
        var root = document.RootElement;

        Assert.Equal("http", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        Assert.Equal("bearer", root.GetProperty("security")[0].EnumerateObject().Single().Name);
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), $"{operation.Name} {path.Name} has no summary");
                var open = operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() == 0;
                Assert.Equal(path.Name == "/health", open);
            }
        }

        var put = root.GetProperty("paths").GetProperty("/api/v1/profiles/{id}").GetProperty("put");
        Assert.Equal("#/components/schemas/ClusterProfile", put.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var assess = root.GetProperty("paths").GetProperty("/api/v1/assess").GetProperty("post");
        Assert.Equal("#/components/schemas/Assessment", assess.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("assessment.v1.schema.json", root.GetProperty("components").GetProperty("schemas").GetProperty("Assessment").GetProperty("$ref").GetString());
    }

    // "GET /api/v1/profiles/{id} 200,401,404,…" for every operation, to compare two OpenAPI documents.
    internal static IReadOnlyList<string> Operations(JsonDocument document) =>
    [
        .. document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(operation => operation.Name != "parameters").Select(operation =>
                $"{operation.Name.ToUpperInvariant()} {path.Name} {string.Join(',', operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order())}"))
            .Order(),
    ];
}
