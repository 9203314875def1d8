using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Schema;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.Json;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NJsonSchema;

namespace Enf.ClusterProfiles.Tests.AspNetCore;

/// <summary><c>MapClusterProfiles</c>: assess, fields and schema, in every language, on ASP.NET Core's TestServer.</summary>
public sealed class ClusterProfileEndpointTests : IAsyncLifetime
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Json", "Corpus");

    private static readonly Lazy<JsonSchema> AssessmentSchema = new(() =>
        JsonSchema.FromFileAsync(RepositoryFiles.PathOf("schemas/assessment.v1.schema.json")).GetAwaiter().GetResult());

    private PortalHost host = null!;

    private HttpClient Client => host.Client;

    public async Task InitializeAsync() => host = await PortalHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static ByteArrayContent Json(string json) => Json(Encoding.UTF8.GetBytes(json));

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string FullJson() => ClusterProfileJson.Serialize(ClusterProfileBuilder.Full());

    private static JsonElement Issue(JsonElement assessment, string code) =>
        assessment.GetProperty("issues").EnumerateArray().First(i => i.GetProperty("code").GetString() == code);

    internal static void AssertMatchesAssessmentSchema(string json)
    {
        var errors = AssessmentSchema.Value.Validate(json);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    [Fact]
    public async Task Assess_answers_with_the_one_assessment_shape()
    {
        var response = await Client.PostAsync("/cluster-profiles/assess", Json(FullJson()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        AssertMatchesAssessmentSchema(body);
        using var document = JsonDocument.Parse(body);
        Assert.True(document.RootElement.GetProperty("valid").GetBoolean());
        Assert.True(document.RootElement.GetProperty("pro").GetProperty("eligible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("source").ValueKind);

        // The same type, serialised the same way as the library (and so the console and the registry) write it.
        var expected = ClusterProfileBuilder.Assessor().AssessJson(FullJson(), CultureInfo.GetCultureInfo("en"));
        using var library = JsonDocument.Parse(ClusterProfileJson.Serialize(expected));
        Assert.Equal(
            library.RootElement.EnumerateObject().Select(p => p.Name),
            document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Assess_gives_the_findings_with_line_and_column()
    {
        var json = FullJson().Replace("\"city\": \"Oulu\",", "\"city\": 12,", StringComparison.Ordinal);
        Assert.NotEqual(FullJson(), json);

        var response = await Client.PostAsync("/cluster-profiles/assess", Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(document.RootElement.GetProperty("valid").GetBoolean());
        var issue = Issue(document.RootElement, IssueCodes.ValueType);
        Assert.Equal("city", issue.GetProperty("path").GetString());
        Assert.True(issue.GetProperty("line").GetInt32() > 1);
        Assert.True(issue.GetProperty("column").GetInt32() >= 1);
    }

    public static TheoryData<string, string, string, int, int> InvalidCorpus => RawInputCorpusTests.Invalid;

    [Theory]
    [MemberData(nameof(InvalidCorpus))]
    public async Task Every_bad_input_of_the_corpus_is_an_assessment_with_its_finding_never_a_500(string file, string code, string path, int line, int column)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(CorpusFolder, "invalid", file));

        var response = await Client.PostAsync("/cluster-profiles/assess", Json(bytes));

        if (bytes.Length > ProfileDocumentLimit + 3)
        {
            // Too large to read at all: refused before it is held in memory, as a problem.
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        AssertMatchesAssessmentSchema(body);
        using var document = JsonDocument.Parse(body);
        Assert.False(document.RootElement.GetProperty("valid").GetBoolean());
        var issue = document.RootElement.GetProperty("issues").EnumerateArray()
            .FirstOrDefault(i => i.GetProperty("code").GetString() == code && i.GetProperty("path").GetString() == path);
        Assert.True(issue.ValueKind == JsonValueKind.Object, $"{file}: no {code} at '{path}' in {body[..Math.Min(body.Length, 2000)]}");
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Equal((line, column), (issue.GetProperty("line").GetInt32(), issue.GetProperty("column").GetInt32()));
    }

    private static readonly int ProfileDocumentLimit = Enf.ClusterProfiles.Json.ProfileDocument.DefaultMaxBytes;

    public static TheoryData<string> ValidCorpus => RawInputCorpusTests.Valid;

    [Theory]
    [MemberData(nameof(ValidCorpus))]
    public async Task The_valid_corpus_is_assessed_without_errors(string file)
    {
        var response = await Client.PostAsync("/cluster-profiles/assess", Json(await File.ReadAllBytesAsync(Path.Combine(CorpusFolder, "valid", file))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(document.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task An_empty_body_is_an_assessment_saying_so()
    {
        var response = await Client.PostAsync("/cluster-profiles/assess", Json(string.Empty));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(document.RootElement.GetProperty("readable").GetBoolean());
        Assert.Equal(1, Issue(document.RootElement, IssueCodes.JsonEmpty).GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_whether_its_length_is_declared_or_not()
    {
        await using var small = await PortalHost.StartAsync(configure: o => o.MaxProfileBytes = 4096);
        var body = Encoding.UTF8.GetBytes("{\"name\": \"" + new string('a', 5000) + "\"}");

        var declared = await small.Client.PostAsync("/cluster-profiles/assess", Json(body));
        var chunked = new StreamContent(new MemoryStream(body)); // no Content-Length: the limit is counted while reading
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var streamed = await small.Client.PostAsync("/cluster-profiles/assess", chunked);
        var fits = await small.Client.PostAsync("/cluster-profiles/assess", Json(body.AsSpan(0, 4000).ToArray()));

        foreach (var response in new[] { declared, streamed })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Contains("4096", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, fits.StatusCode); // truncated JSON under the limit: an assessment, not a 413
    }

    public static TheoryData<string?, string?, string> Languages => new()
    {
        { null, null, "en" },
        { "fi", null, "fi" },
        { "sv", null, "sv" },
        { "en", "fi", "en" },                         // ?lang= comes first
        { "FI", null, "fi" },
        { null, "fi", "fi" },
        { null, "fi-FI", "fi" },                      // a regional culture falls back to its language
        { null, "sv", "sv" },
        { null, "sv-FI", "sv" },
        { null, "en-GB", "en" },
        { null, "de-DE, sv;q=0.5, fi;q=0.8", "fi" },  // the best quality among the languages spoken wins
        { null, "sv;q=0.9, fi;q=0.3", "sv" },
        { null, "de, ru", "en" },                     // none spoken: English
        { "de", "sv-FI", "sv" },                      // an unknown ?lang= falls through to the header
        { "xx-not-a-language", null, "en" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Assess_speaks_the_language_asked_for_and_says_which(string? lang, string? acceptLanguage, string expected)
    {
        var json = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full() with { City = null });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cluster-profiles/assess" + (lang is null ? "" : "?lang=" + lang)) { Content = Json(json) };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = Issue(document.RootElement, IssueCodes.Required).GetProperty("message").GetString();
        var library = ClusterProfileBuilder.Assessor().AssessJson(json, CultureInfo.GetCultureInfo(expected)).Issues.First(i => i.Code == IssueCodes.Required);
        Assert.Equal(library.Message, message);
    }

    [Fact]
    public async Task The_three_languages_give_three_different_messages()
    {
        var json = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full() with { City = null });
        var messages = new List<string?>();
        foreach (var lang in new[] { "en", "fi", "sv" })
        {
            using var document = JsonDocument.Parse(await (await Client.PostAsync($"/cluster-profiles/assess?lang={lang}", Json(json))).Content.ReadAsStringAsync());
            messages.Add(Issue(document.RootElement, IssueCodes.Required).GetProperty("message").GetString());
        }

        Assert.Equal(3, messages.Distinct().Count());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task Fields_lists_the_catalogue_in_the_language_asked_for(string lang)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cluster-profiles/fields");
        request.Headers.TryAddWithoutValidation("Accept-Language", lang + "-FI");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([lang], response.Content.Headers.ContentLanguage);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(lang, document.RootElement.GetProperty("language").GetString());
        var fields = document.RootElement.GetProperty("fields").EnumerateArray().ToList();
        var culture = CultureInfo.GetCultureInfo(lang);
        Assert.Equal(FieldCatalog.Version1.Fields.Select(f => f.Path), fields.Select(f => f.GetProperty("path").GetString()));
        foreach (var (field, definition) in fields.Zip(FieldCatalog.Version1.Fields))
        {
            Assert.Equal(definition.Label.Get(culture), field.GetProperty("label").GetString());
            Assert.Equal(definition.Help.Get(culture), field.GetProperty("help").GetString());
            Assert.Equal(definition.RuleText(culture), field.GetProperty("rule").GetString());
            Assert.Equal(FieldCatalogExport.Abbreviation(definition.Requirement), field.GetProperty("req").GetString());
        }

        var managementFte = fields.Single(f => f.GetProperty("path").GetString() == "managementFte");
        Assert.Equal("mandatoryInEu", managementFte.GetProperty("requirement").GetString());
        Assert.Equal("number", managementFte.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Fields_follow_the_catalogue_in_force()
    {
        await using var adjusted = await PortalHost.StartAsync(configure: o =>
        {
            o.Requirements["region"] = FieldRequirement.Unused;
            o.Requirements["acronym"] = FieldRequirement.Mandatory;
        });

        using var document = JsonDocument.Parse(await adjusted.Client.GetStringAsync("/cluster-profiles/fields"));
        var fields = document.RootElement.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);

        Assert.DoesNotContain("region", fields.Keys);
        Assert.Equal("mandatory", fields["acronym"].GetProperty("requirement").GetString());
        using var schema = JsonDocument.Parse(await adjusted.Client.GetStringAsync("/cluster-profiles/schema"));
        Assert.Contains("acronym", schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Schema_is_the_published_schema_with_an_ETag_and_cache_headers()
    {
        var response = await Client.GetAsync("/cluster-profiles/schema");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ProfileSchema.Json, await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/cluster-profiles/schema");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        var notModified = await Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/cluster-profiles/schema");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task The_group_is_returned_so_that_the_integrator_can_guard_it()
    {
        await using var guarded = await PortalHost.StartAsync(map: app => app.MapClusterProfiles("/api/profiles")
            .AddEndpointFilter((context, next) => context.HttpContext.Request.Headers.ContainsKey("X-Key")
                ? next(context)
                : ValueTask.FromResult<object?>(Results.Unauthorized())));

        Assert.Equal(HttpStatusCode.Unauthorized, (await guarded.Client.GetAsync("/api/profiles/fields")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/profiles/fields");
        request.Headers.Add("X-Key", "yes");
        Assert.Equal(HttpStatusCode.OK, (await guarded.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Mapping_without_the_assessment_services_fails_at_start_up_and_says_what_to_do()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapClusterProfiles());
        Assert.Contains("AddClusterProfiles", error.Message, StringComparison.Ordinal);
    }
}
