using System.Globalization;
using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Registry.Accounts;
using Enf.ClusterProfiles.Registry.Storage;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Enf.ClusterProfiles.Registry;

/// <summary>The resources of registry-api-v1 under <c>/api/v1</c>.</summary>
internal static class ProfileEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/profiles", List).WithName("listProfiles").WithSummary("List the profiles the caller sees, in a stable order")
            .Produces<ProfileListPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/profiles/{id}", Get).WithName("getProfile").WithSummary("Read a profile: the latest version for its owner, reviewers and the admin, the published one for others")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/profiles/{id}", PutAsync).WithName("putProfile").WithSummary("Create (If-None-Match: *) or update (If-Match) a profile")
            .Accepts<ClusterProfile>("application/json")
            .Produces(StatusCodes.Status200OK).Produces(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/profiles/{id}/submit", SubmitAsync).WithName("submitProfile").WithSummary("Submit a draft or returned profile for review")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/profiles/{id}/review", ReviewAsync).WithName("reviewProfile").WithSummary("Publish or return a profile that needs review")
            .Accepts<ReviewDecision>("application/json")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/profiles/{id}/versions", Versions).WithName("listProfileVersions").WithSummary("Every version of a profile, oldest first")
            .Produces<ProfileVersionList>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/profiles/{id}/versions/{version:int}", Version).WithName("getProfileVersion").WithSummary("The profile as it was at one version")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/assess", AssessAsync).WithName("assessProfile").WithSummary("Assess a posted profile without storing it")
            .Accepts<ClusterProfile>("application/json")
            .Produces<ProfileAssessmentDto>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static IResult List(ProfileStore store, Caller caller, int? pageSize, string? pageToken, string? updatedSince, string? status)
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

        ProfileStatus? wanted = null;
        if (status is not null)
        {
            if (ParseStatus(status) is not { } parsedStatus)
            {
                return Results.Problem(statusCode: 400, title: "Bad status", detail: "status must be draft, needsReview, published or returned.");
            }

            wanted = parsedStatus;
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

        var (items, lastId) = store.List(caller, size, after, since, wanted);
        return Results.Json(new ProfileListPage { Items = items, NextPageToken = lastId is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(lastId)) }, RegistryJson.Context.ProfileListPage);
    }

    internal static ProfileStatus? ParseStatus(string text) => text switch
    {
        "draft" => ProfileStatus.Draft,
        "needsReview" => ProfileStatus.NeedsReview,
        "published" => ProfileStatus.Published,
        "returned" => ProfileStatus.Returned,
        _ => null,
    };

    private static IResult Get(ProfileStore store, Caller caller, HttpResponse response, string id)
    {
        var stored = store.Read(id, caller);
        if (stored is null)
        {
            return Problems.NotFound(id);
        }

        response.Headers.ETag = stored.ETag;
        return Results.Text(stored.Json, "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> PutAsync(HttpRequest request, HttpResponse response, ProfileStore store, ProfileAssessor assessor, RegistrySettings settings, Caller caller, string id)
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

        // Rights before the body: a reviewer writes nothing; a manager updates only its own profiles.
        if (create ? !Rights.MayCreate(caller) : !Rights.MayWrite(caller, id))
        {
            var state = store.GetState(id);
            if (caller.Role == AccountRole.Reviewer || (state is not null && Rights.Sees(caller, state)))
            {
                return Problems.Forbidden(caller.Role == AccountRole.Reviewer ? "A reviewer reads and decides; it writes no profile." : $"Only the manager of '{id}' (or the admin) writes it.");
            }

            if (state is not null)
            {
                return Problems.NotFound(id);
            }
        }

        var (document, problem) = await ReadProfileAsync(request, settings, assessor).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var assessment = assessor.Assess(document!);
        var issues = IssuesOf(assessment);
        if (document!.Profile!.Id != id)
        {
            issues.Insert(0, new RegistryIssue(IssueCodes.IdMismatch, "error", "id", IssueMessages.Render(IssueCodes.IdMismatch, new Dictionary<string, string> { ["PathId"] = id, ["PropertyValue"] = document.Profile.Id ?? string.Empty }, CultureInfo.InvariantCulture)));
        }

        if (issues.Exists(i => i.Severity == "error"))
        {
            return Problems.Refused("Profile refused", "The profile fails validation; see issues.", issues);
        }

        var (outcome, etag) = await store.WriteAsync(document.Profile, create, expected, caller, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (outcome == ProfileStore.WriteOutcome.PreconditionFailed)
        {
            return Results.Problem(statusCode: 412, title: "Precondition failed", detail: create ? $"A profile with the id '{id}' exists already." : "The stored profile has changed (or does not exist); read it again.");
        }

        response.Headers.ETag = etag;
        return outcome == ProfileStore.WriteOutcome.Created
            ? Results.Created($"/api/v1/profiles/{Uri.EscapeDataString(id)}", null)
            : Results.Ok();
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, HttpResponse response, ProfileStore store, ProfileAssessor assessor, Caller caller, string id)
    {
        var state = store.GetState(id);
        if (state is null || !Rights.Sees(caller, state))
        {
            return Problems.NotFound(id);
        }

        if (!Rights.MayWrite(caller, id))
        {
            return Problems.Forbidden($"Only the manager of '{id}' (or the admin) submits it.");
        }

        if (OptionalIfMatch(request) is not (true, var expected))
        {
            return BadIfMatch();
        }

        // The stored profile is assessed again: a rule may have changed, or a date passed, since it was written.
        var (outcome, moved, refusal) = await store.MoveAsync(
            id,
            [ProfileStatus.Draft, ProfileStatus.Returned],
            ProfileStatus.NeedsReview,
            caller,
            comment: null,
            expected,
            json => IssuesOf(assessor.Assess(ProfileDocument.Parse(json, source: null))) is var found && found.Exists(i => i.Severity == "error") ? found : null,
            request.HttpContext.RequestAborted).ConfigureAwait(false);
        return outcome switch
        {
            ProfileStore.MoveOutcome.Refused => Problems.Refused("Profile refused", "The profile has errors and cannot be submitted; see issues.", (List<RegistryIssue>)refusal!),
            _ => MoveResult(response, id, outcome, moved, "submitted", "a draft or a returned profile"),
        };
    }

    private static async Task<IResult> ReviewAsync(HttpRequest request, HttpResponse response, ProfileStore store, RegistrySettings settings, Caller caller, string id)
    {
        var state = store.GetState(id);
        if (state is null || !Rights.Sees(caller, state))
        {
            return Problems.NotFound(id);
        }

        if (!Rights.MayReview(caller))
        {
            return Problems.Forbidden("Only a reviewer (or the admin) decides a review.");
        }

        if (OptionalIfMatch(request) is not (true, var expected))
        {
            return BadIfMatch();
        }

        var (decision, problem) = await Problems.ReadJsonAsync(request, settings, RegistryJson.Context.ReviewDecision).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var comment = string.IsNullOrWhiteSpace(decision!.Comment) ? null : decision.Comment.Trim();
        if (decision.Decision is null)
        {
            return Problems.Refused("Decision refused", "The decision is 'publish' or 'return'.", [new RegistryIssue("review.decision", "error", "decision", "The decision is 'publish' or 'return'.")]);
        }

        if (decision.Decision == ReviewOutcome.Return && comment is null)
        {
            return Problems.Refused("Decision refused", "A return needs a comment that tells the manager what to change.", [new RegistryIssue("review.commentRequired", "error", "comment", "A return needs a comment that tells the manager what to change.")]);
        }

        var to = decision.Decision == ReviewOutcome.Publish ? ProfileStatus.Published : ProfileStatus.Returned;
        var (outcome, moved, _) = await store.MoveAsync(id, [ProfileStatus.NeedsReview], to, caller, comment, expected, check: null, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return MoveResult(response, id, outcome, moved, decision.Decision == ReviewOutcome.Publish ? "published" : "returned", "a profile that needs review");
    }

    private static IResult MoveResult(HttpResponse response, string id, ProfileStore.MoveOutcome outcome, ProfileState? state, string done, string from) => outcome switch
    {
        ProfileStore.MoveOutcome.NotFound => Problems.NotFound(id),
        ProfileStore.MoveOutcome.PreconditionFailed => Results.Problem(statusCode: 412, title: "Precondition failed", detail: "The stored profile has changed since you read it; read it again."),
        ProfileStore.MoveOutcome.WrongStatus => Results.Problem(statusCode: 409, title: "Not allowed from this status", detail: $"'{id}' is {ProfileStore.ToWire(state!.Status)}; only {from} can be {done}."),
        _ => Moved(response, state!),
    };

    private static IResult Moved(HttpResponse response, ProfileState state)
    {
        response.Headers.ETag = state.ETag;
        return Results.Json(
            new ProfileListItem(state.Id, state.ETag, state.UpdatedAt) { Status = state.Status },
            RegistryJson.Context.ProfileListItem);
    }

    private static IResult Versions(ProfileStore store, Caller caller, string id)
    {
        if (VersionsRefused(store, caller, id) is { } refused)
        {
            return refused;
        }

        return Results.Json(new ProfileVersionList { Items = store.Versions(id) }, RegistryJson.Context.ProfileVersionList);
    }

    private static IResult Version(ProfileStore store, Caller caller, HttpResponse response, string id, int version)
    {
        if (VersionsRefused(store, caller, id) is { } refused)
        {
            return refused;
        }

        if (store.Version(id, version) is not var (json, etag))
        {
            return Results.Problem(statusCode: 404, title: "Not found", detail: $"'{id}' has no version {version}.");
        }

        response.Headers.ETag = etag;
        return Results.Text(json, "application/json", Encoding.UTF8);
    }

    // The history shows unpublished content: its owner, reviewers and the admin read it.
    private static IResult? VersionsRefused(ProfileStore store, Caller caller, string id)
    {
        var state = store.GetState(id);
        if (state is null || !Rights.Sees(caller, state))
        {
            return Problems.NotFound(id);
        }

        return Rights.SeesLatest(caller, id) ? null : Problems.Forbidden($"Only the manager of '{id}', reviewers and the admin read its history.");
    }

    private static List<RegistryIssue> IssuesOf(ProfileAssessment assessment) =>
        [.. assessment.Issues.Select(RegistryIssue.From)];

    private static (bool Valid, List<string>? Expected) OptionalIfMatch(HttpRequest request)
    {
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length == 0)
        {
            return (true, null);
        }

        var expected = new List<string>();
        return TryParseETags(ifMatch, expected) ? (true, expected) : (false, null);
    }

    private static IResult BadIfMatch() =>
        Results.Problem(statusCode: 400, title: "Bad If-Match", detail: "If-Match must be * or a list of quoted ETags.");

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
        var (body, tooLarge) = await Problems.ReadBodyAsync(request, settings).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return (null, tooLarge);
        }

        var document = ProfileDocument.Parse(body, source: null, maxBytes: settings.MaxBodyBytes);
        if (document.Profile is null && requireReadable)
        {
            var issues = assessor.Assess(document).Issues.Select(i => new RegistryIssue(i.Code, "error", i.Path, i.Message)).ToList();
            return (null, Results.Problem(statusCode: 400, title: "Not a JSON profile", detail: "The body is not a JSON profile object.", extensions: new Dictionary<string, object?> { ["issues"] = issues }));
        }

        return (document, null);
    }
}
