using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Enf.ClusterProfiles.AspNetCore;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Enf.ClusterProfiles.Tests.AspNetCore;

/// <summary><c>.ValidateClusterProfile()</c> on an integrator's own endpoints.</summary>
public sealed class ValidateClusterProfileTests : IAsyncLifetime
{
    private readonly CountingClock clock = new();
    private PortalHost host = null!;

    public async Task InitializeAsync() => host = await PortalHost.StartAsync(
        map: app =>
        {
            // The assessment as a parameter: the handler never assesses.
            app.MapPost("/registrations", (AssessedProfile registration) => Results.Ok(new
            {
                id = registration.Profile.Id,
                warnings = registration.Assessment.Issues.Count(i => i.Severity == IssueSeverity.Warning),
                pro = registration.Assessment.Pro.Eligible,
            })).ValidateClusterProfile();

            // The profile bound from the body as usual, the assessment from the request.
            app.MapPut("/profiles/{id}", (string id, ClusterProfile profile, HttpContext context) => Results.Ok(new
            {
                id,
                name = profile.Name,
                assessed = context.GetAssessedProfile()!.Assessment.Valid,
            })).ValidateClusterProfile();
        },
        services: s => s.AddSingleton<TimeProvider>(clock));

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_valid_profile_reaches_the_handler_with_its_assessment()
    {
        var response = await host.Client.PostAsync("/registrations", Json(ClusterProfileJson.Serialize(ClusterProfileBuilder.Full())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ClusterProfileBuilder.Full().Id, body.RootElement.GetProperty("id").GetString());
        Assert.True(body.RootElement.GetProperty("pro").GetBoolean());
    }

    [Fact]
    public async Task A_handler_can_bind_the_profile_from_the_body_after_the_check()
    {
        var response = await host.Client.PutAsync("/profiles/arctic-water", Json(ClusterProfileJson.Serialize(ClusterProfileBuilder.Full())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ClusterProfileBuilder.Full().Name, body.RootElement.GetProperty("name").GetString());
        Assert.True(body.RootElement.GetProperty("assessed").GetBoolean());
    }

    [Fact]
    public async Task The_profile_is_assessed_once()
    {
        var json = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full());
        var direct = new CountingClock();
        new Enf.ClusterProfiles.Assessment.ProfileAssessor(new Enf.ClusterProfiles.Configuration.ClusterProfilesOptions(), direct).AssessJson(json);
        Assert.True(direct.Reads > 0);
        clock.Reads = 0;

        var response = await host.Client.PostAsync("/registrations", Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(direct.Reads, clock.Reads); // one assessment's worth of clock reads, not two
    }

    [Fact]
    public async Task Warnings_never_block()
    {
        var stale = ClusterProfileBuilder.Full() with { LastUpdated = ClusterProfileBuilder.Today.AddYears(-2) };

        var response = await host.Client.PostAsync("/registrations", Json(ClusterProfileJson.Serialize(stale)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("warnings").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_profile_with_errors_is_a_422_validation_problem_keyed_by_JSON_path()
    {
        var json = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full() with
        {
            City = null,
            Contact = ClusterProfileBuilder.Full().Contact! with { Email = "not-an-address" },
            LastUpdated = ClusterProfileBuilder.Today.AddYears(-2), // a warning rides along in issues
        });

        var response = await host.Client.PostAsync("/registrations?lang=fi", Json(json));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["fi"], response.Content.Headers.ContentLanguage);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        Assert.Equal(422, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        var errors = root.GetProperty("errors");
        Assert.Equal(["city", "contact.email"], errors.EnumerateObject().Select(e => e.Name).Order());
        var expected = ClusterProfileBuilder.Assessor().AssessJson(json, System.Globalization.CultureInfo.GetCultureInfo("fi"));
        Assert.Equal(expected.Issues.First(i => i.Path == "city").Message, errors.GetProperty("city")[0].GetString());

        var issues = root.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(expected.Issues.Count, issues.Count);
        Assert.Contains(issues, i => i.GetProperty("severity").GetString() == "warning");
        var email = issues.Single(i => i.GetProperty("path").GetString() == "contact.email");
        Assert.Equal(IssueCodes.Email, email.GetProperty("code").GetString());
        Assert.Equal("error", email.GetProperty("severity").GetString());
        Assert.Equal(expected.Issues.Single(i => i.Path == "contact.email").Line, email.GetProperty("line").GetInt32());
        Assert.Equal(expected.Issues.Single(i => i.Path == "contact.email").Column, email.GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData("{\n  \"id\": \"x\",\n  \"name\": \n}", 4, 1)]
    [InlineData("", 1, 1)]
    [InlineData("[1, 2]", 1, 1)]
    [InlineData("{\"id\": 'single'}", 1, 8)]
    public async Task Malformed_JSON_is_a_400_problem_with_line_and_column(string body, int line, int column)
    {
        var response = await host.Client.PutAsync("/profiles/x", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(line, problem.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(column, problem.RootElement.GetProperty("column").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        Assert.NotEmpty(problem.RootElement.GetProperty("issues").EnumerateArray());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var response = await host.Client.PostAsync("/registrations", Json("{\"name\": \"" + new string('a', 2 * 1024 * 1024) + "\"}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A stopped clock that counts how often it is read.</summary>
    private sealed class CountingClock : TimeProvider
    {
        public int Reads;

        public override DateTimeOffset GetUtcNow()
        {
            Interlocked.Increment(ref Reads);
            return ClusterProfileBuilder.Clock().GetUtcNow();
        }
    }
}
