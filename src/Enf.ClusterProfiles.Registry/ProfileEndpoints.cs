using System.Globalization;
using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Registry.Storage;
using Enf.ClusterProfiles.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Enf.ClusterProfiles.Registry;

/// <summary>The resources of registry-api-v1 under <c>/api/v1</c>.</summary>
internal static class ProfileEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/profiles", List).WithName("listProfiles")
            .Produces<ProfileListPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/profiles/{id}", Get).WithName("getProfile")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/profiles/{id}", PutAsync).WithName("putProfile")
            .Produces(StatusCodes.Status200OK).Produces(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/assess", AssessAsync).WithName("assessProfile")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static IResult List(ProfileStore store, int? pageSize, string? pageToken, string? updatedSince)
    {
        var size = pageSize ?? 100;
        if (size is < 1 or > 500)
        {
            return Results.Problem(statusCode: 400, title: "Bad page size", detail: "pageSize must be from 1 to 500.");
        }

        DateTimeOffset? since = null;
        if (updatedSince is not null)
        {
            if (!DateTimeOffset.TryParse(updatedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Results.Problem(statusCode: 400, title: "Bad updatedSince", detail: "updatedSince must be an ISO 8601 instant.");
            }

            since = parsed;
        }

        string? after = null;
        if (pageToken is not null)
        {
            try
            {
                after = Encoding.UTF8.GetString(Convert.FromBase64String(pageToken));
            }
            catch (FormatException)
            {
                return Results.Problem(statusCode: 400, title: "Bad page token", detail: "pageToken must be a token from a previous page.");
            }
        }

        var (items, lastId) = store.List(size, after, since);
        return Results.Ok(new ProfileListPage { Items = items, NextPageToken = lastId is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(lastId)) });
    }

    private static IResult Get(ProfileStore store, HttpResponse response, string id)
    {
        var stored = store.Get(id);
        if (stored is null)
        {
            return Results.Problem(statusCode: 404, title: "Not found", detail: $"No profile has the id '{id}'.");
        }

        response.Headers.ETag = stored.ETag;
        return Results.Text(stored.Json, "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> PutAsync(HttpRequest request, HttpResponse response, ProfileStore store, ProfileAssessor assessor, RegistrySettings settings, string id)
    {
        // A write states exactly one expectation: If-None-Match: * to create, or If-Match with ETags (or *) to update.
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString().Trim();
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        var create = ifNoneMatch == "*" && ifMatch.Length == 0;
        var expected = new List<string>();
        if (!create && (ifNoneMatch.Length > 0 || ifMatch.Length == 0 || !TryParseETags(ifMatch, expected)))
        {
            return Results.Problem(statusCode: 428, title: "Precondition required", detail: "A write states one expectation: If-None-Match: * to create, or If-Match: \"etag\" to update.");
        }

        var (document, problem) = await ReadProfileAsync(request, settings, assessor).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var assessment = assessor.Assess(document!);
        var issues = assessment.Issues.Select(RegistryIssue.From).ToList();
        if (document!.Profile!.Id != id)
        {
            issues.Insert(0, new RegistryIssue("id.mismatch", "error", "id", $"The id in the path ('{id}') and in the body ('{document.Profile.Id}') must agree."));
        }

        if (issues.Exists(i => i.Severity == "error"))
        {
            return Results.Problem(statusCode: 422, title: "Profile refused", detail: "The profile fails validation; see issues.", extensions: new Dictionary<string, object?> { ["issues"] = issues });
        }

        var (outcome, etag) = await store.WriteAsync(document.Profile, create, expected, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (outcome == ProfileStore.WriteOutcome.PreconditionFailed)
        {
            return Results.Problem(statusCode: 412, title: "Precondition failed", detail: create ? $"A profile with the id '{id}' exists already." : "The stored profile has changed (or does not exist); read it again.");
        }

        response.Headers.ETag = etag;
        return outcome == ProfileStore.WriteOutcome.Created
            ? Results.Created($"/api/v1/profiles/{Uri.EscapeDataString(id)}", null)
            : Results.Ok();
    }

    private static bool TryParseETags(string header, List<string> etags)
    {
        if (header == "*")
        {
            etags.Add("*");
            return true;
        }

        if (!Microsoft.Net.Http.Headers.EntityTagHeaderValue.TryParseList([header], out var parsed) || parsed.Count == 0)
        {
            return false;
        }

        etags.AddRange(parsed.Where(e => !e.IsWeak).Select(e => e.Tag.ToString()));
        return etags.Count > 0;
    }

    private static async Task<IResult> AssessAsync(HttpRequest request, ProfileAssessor assessor, RegistrySettings settings)
    {
        var (document, problem) = await ReadProfileAsync(request, settings, assessor, requireReadable: false).ConfigureAwait(false);
        return problem ?? Results.Text(ClusterProfileJson.Serialize(assessor.Assess(document!)), "application/json", Encoding.UTF8);
    }

    // Reads at most the size limit; a larger body is 413, a body that is not a JSON profile 400.
    private static async Task<(ProfileDocument? Document, IResult? Problem)> ReadProfileAsync(HttpRequest request, RegistrySettings settings, ProfileAssessor assessor, bool requireReadable = true)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > settings.MaxBodyBytes)
            {
                return (null, Results.Problem(statusCode: 413, title: "Too large", detail: $"A profile may be at most {settings.MaxBodyBytes} bytes."));
            }
        }

        var document = ProfileDocument.Parse(buffer.ToArray(), source: null, maxBytes: settings.MaxBodyBytes);
        if (document.Profile is null && requireReadable)
        {
            var issues = assessor.Assess(document).Issues.Select(i => new RegistryIssue(i.Code, "error", i.Path, i.Message)).ToList();
            return (null, Results.Problem(statusCode: 400, title: "Not a JSON profile", detail: "The body is not a JSON profile object.", extensions: new Dictionary<string, object?> { ["issues"] = issues }));
        }

        return (document, null);
    }
}
