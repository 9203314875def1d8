using System.Globalization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Serialization;

namespace Enf.ClusterProfiles.Portal;

/// <summary>
/// The live check's back end, in the route shape of Enf.ClusterProfiles.AspNetCore
/// (<c>POST /cluster-profiles/assess</c>, <c>GET /cluster-profiles/fields</c>), answering in the request's language.
/// </summary>
public static class AssessEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/cluster-profiles");
        group.MapPost("/assess", async (HttpRequest request, ProfileAssessor assessor, CancellationToken cancellationToken) =>
        {
            var limit = assessor.Options.MaxProfileBytes;
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Profile too large", detail: $"A profile may be at most {limit} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            var assessment = assessor.AssessJson(buffer.ToArray(), CultureInfo.CurrentUICulture);
            return Results.Text(ClusterProfileJson.Serialize(assessment), "application/json; charset=utf-8");
        }).DisableAntiforgery();

        group.MapGet("/fields", (ProfileAssessor assessor) => Results.Json(assessor.Catalog.Fields.Select(f => new
        {
            path = f.Path,
            requirement = f.Requirement.ToString(),
            label = f.Label.Get(CultureInfo.CurrentUICulture),
            help = f.Help.Get(CultureInfo.CurrentUICulture),
            rule = f.RuleText(CultureInfo.CurrentUICulture),
        })));
    }
}
