using System.Buffers;
using System.Text.Json;
using Enf.ClusterProfiles.AspNetCore;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Guards an integrator's own endpoint that receives a cluster profile.</summary>
public static class ValidateClusterProfileExtensions
{
    /// <summary>
    /// Reads and assesses the profile in the request body before the handler runs. A profile with errors is
    /// refused with <c>422</c> <c>application/problem+json</c> in ASP.NET Core's validation-problem shape:
    /// <c>errors</c> keyed by JSON path, plus <c>issues</c> with code, severity, path, message, line and column.
    /// Warnings never block. A body that is not JSON (or not an object) is <c>400</c> with the line and column;
    /// one larger than <c>MaxProfileBytes</c> is <c>413</c>. The handler may take an <see cref="AssessedProfile"/>
    /// parameter (or call <c>HttpContext.GetAssessedProfile()</c>), a <see cref="ClusterProfile"/> from the body,
    /// or read the body itself: the profile is assessed once. Messages follow <c>?lang=</c>, else
    /// <c>Accept-Language</c>, else English. Needs <c>services.AddClusterProfiles()</c>.
    /// </summary>
    /// <param name="builder">The endpoint.</param>
    /// <returns>The same builder, so that calls chain.</returns>
    public static RouteHandlerBuilder ValidateClusterProfile(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .Accepts<ClusterProfile>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        // An endpoint filter runs after parameter binding, and binding a ClusterProfile from malformed JSON fails
        // first with ASP.NET Core's generic 400. So the check wraps the endpoint's request delegate once it is
        // built (a "finally" convention): read, assess, refuse or hand over, then bind from the same bytes.
        builder.Finally(endpoint =>
        {
            var inner = endpoint.RequestDelegate;
            if (inner is null)
            {
                return;
            }

            var assessor = endpoint.ApplicationServices.GetService<ProfileAssessor>()
                ?? throw new InvalidOperationException("ValidateClusterProfile needs the assessment services: call builder.Services.AddClusterProfiles() first.");
            var timeout = ClusterProfilesEndpointOptions.From(endpoint.ApplicationServices).BodyReadTimeout;
            var language = new RequestLanguage(endpoint.ApplicationServices.GetService<ILoggerFactory>());
            endpoint.RequestDelegate = context => language.RunAsync(context, () => ValidateAsync(context, inner, assessor, timeout));
        });
        return builder;
    }

    private static async Task ValidateAsync(HttpContext context, RequestDelegate inner, ProfileAssessor assessor, TimeSpan timeout)
    {
        var culture = RequestLanguage.CultureOf(context);
        var maxBytes = assessor.Options.MaxProfileBytes;
        var (outcome, buffer, length) = await ProfileBody.ReadAsync(context.Request, maxBytes, timeout).ConfigureAwait(false);
        if (outcome != ProfileBody.Outcome.Read)
        {
            await ProfileBody.Problem(outcome, maxBytes, timeout, culture).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var bytes = buffer.AsSpan(0, length).ToArray(); // kept: the handler binds from these bytes
        ArrayPool<byte>.Shared.Return(buffer!);
        var document = ProfileDocument.Parse(bytes, maxBytes: maxBytes);
        var assessment = assessor.Assess(document, culture);
        var issues = JsonSerializer.SerializeToElement(assessment.Issues, WebJsonContext.Default.IReadOnlyListProfileIssue);

        if (document.Profile is null)
        {
            var first = assessment.Issues[0];
            await Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: ProblemTexts.Get("NotJsonTitle", culture),
                detail: first.Message,
                extensions: new Dictionary<string, object?> { ["line"] = first.Line, ["column"] = first.Column, ["issues"] = issues })
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!assessment.Valid)
        {
            var errors = assessment.Issues
                .Where(i => i.Severity == IssueSeverity.Error)
                .GroupBy(i => i.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray(), StringComparer.Ordinal);
            await Results.ValidationProblem(
                errors,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: ProblemTexts.Get("InvalidTitle", culture),
                detail: ProblemTexts.Get("InvalidDetail", culture),
                extensions: new Dictionary<string, object?> { ["issues"] = issues })
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Features.Set(new AssessedProfile(document.Profile, assessment));
        context.Request.Body = new MemoryStream(bytes, writable: false);
        context.Request.ContentLength = bytes.Length;
        await inner(context).ConfigureAwait(false);
    }
}
