using System.Diagnostics.CodeAnalysis;
using Enf.ClusterProfiles.AspNetCore;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the cluster profile endpoints a portal's back end needs.</summary>
public static class ClusterProfilesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps, under <paramref name="prefix"/>: <c>POST assess</c> (the raw JSON body, at most
    /// <c>ClusterProfilesOptions.MaxProfileBytes</c>, assessed), <c>GET fields</c> (the field catalogue in the
    /// request's language) and <c>GET schema</c> (the profile's JSON Schema, with <c>ETag</c>). The language is
    /// <c>?lang=</c>, else <c>Accept-Language</c>, else English, and <c>Content-Language</c> says which. Needs
    /// <c>services.AddClusterProfiles()</c>.
    /// </summary>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="prefix">The route prefix, <c>/cluster-profiles</c> by default.</param>
    /// <returns>The route group, so that the caller can add <c>.RequireAuthorization()</c>, rate limiting or CORS.</returns>
    /// <exception cref="InvalidOperationException"><c>AddClusterProfiles()</c> was not called.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><see cref="ClusterProfilesEndpointOptions"/> are out of range.</exception>
    public static RouteGroupBuilder MapClusterProfiles(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "/cluster-profiles")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var assessor = endpoints.ServiceProvider.GetService<ProfileAssessor>()
            ?? throw new InvalidOperationException("MapClusterProfiles needs the assessment services: call builder.Services.AddClusterProfiles() first.");
        var language = new RequestLanguage(endpoints.ServiceProvider.GetService<ILoggerFactory>());
        var handlers = new ClusterProfileEndpoints(assessor, ClusterProfilesEndpointOptions.From(endpoints.ServiceProvider));

        var group = endpoints.MapGroup(prefix).WithTags("Cluster profiles");
        group.AddEndpointFilter(async (context, next) =>
        {
            object? result = null;
            await language.RunAsync(context.HttpContext, async () => result = await next(context).ConfigureAwait(false)).ConfigureAwait(false);
            return result;
        });

        // Typed as Func so that minimal APIs write the returned result (a plain RequestDelegate would drop it).
        group.MapPost("/assess", (Func<HttpContext, Task<IResult>>)handlers.AssessAsync)
            .WithName("assessClusterProfile")
            .WithSummary("Assess a cluster profile")
            .WithDescription("Reads the raw JSON body (at most MaxProfileBytes) and answers with its assessment: validity, findings with line and column, completeness, PRO eligibility, publication readiness. A body that is not a profile is an assessment with its findings, never an error status. Language: ?lang=, else Accept-Language, else English.")
            .Accepts<ClusterProfile>("application/json")
            .Produces<ProfileAssessmentDto>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/fields", (Func<HttpContext, IResult>)handlers.Fields)
            .WithName("getClusterProfileFields")
            .WithSummary("The profile's fields in the request's language")
            .WithDescription("Path, requirement, kind, label, help, rule in words and limits of every field: what a form needs. Language: ?lang=, else Accept-Language, else English.")
            .Produces<FieldList>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified);

        group.MapGet("/schema", (Func<IResult>)handlers.Schema)
            .WithName("getClusterProfileSchema")
            .WithSummary("The profile's JSON Schema")
            .WithDescription("The JSON Schema (draft-07) a browser-side check can run (ajv and the like), with an ETag; If-None-Match gives 304.")
            .Produces<object>(StatusCodes.Status200OK, "application/schema+json")
            .Produces(StatusCodes.Status304NotModified);

        return group;
    }
}
