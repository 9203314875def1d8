using System.Text.Json;
using Enf.ClusterProfiles.Serialization;
using Microsoft.AspNetCore.Http;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>Writes an assessment in its one wire shape, compact, straight into the response.</summary>
internal sealed class AssessmentResult(ProfileAssessmentDto assessment) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter))
        {
            JsonSerializer.Serialize(writer, assessment, ClusterProfileJson.AssessmentTypeInfo);
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
