using System.Buffers;
using System.Text.Json;
using Enf.ClusterProfiles.Registry.Accounts;
using Enf.ClusterProfiles.Registry.Storage;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Enf.ClusterProfiles.Registry;

/// <summary><c>GET /api/v1/export</c>: every profile of a status as NDJSON, streamed row by row in constant memory.</summary>
internal static class ExportEndpoint
{
    public const string ContentType = "application/x-ndjson";

    // Flushed to the client whenever this much is waiting, so the response never gathers in memory.
    private const int FlushBytes = 32 * 1024;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/export", ExportAsync).WithName("exportProfiles").WithSummary("Every profile of a status as NDJSON, one a line, in id order")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> ExportAsync(HttpContext context, ProfileStore store, Caller caller, string? status)
    {
        var wanted = ProfileStatus.Published;
        if (status is not null)
        {
            if (ProfileEndpoints.ParseStatus(status) is not { } parsed)
            {
                return Results.Problem(statusCode: 400, title: "Bad status", detail: "status must be draft, needsReview, published or returned.");
            }

            wanted = parsed;
        }

        if (!Rights.MayExport(caller, wanted))
        {
            return Problems.Forbidden("Managers export published profiles; reviewers and the admin export any status.");
        }

        var response = context.Response;
        response.ContentType = ContentType;
        var body = response.BodyWriter;
        var cancel = context.RequestAborted;
        await using var writer = new Utf8JsonWriter(body);
        foreach (var json in store.Export(wanted))
        {
            // The stored JSON is indented; a line of NDJSON is one compact value.
            using (var document = JsonDocument.Parse(json))
            {
                document.WriteTo(writer);
            }

            writer.Flush(); // into the response's buffer; sent below
            writer.Reset();
            body.Write("\n"u8);
            if (!body.CanGetUnflushedBytes || body.UnflushedBytes >= FlushBytes)
            {
                await body.FlushAsync(cancel).ConfigureAwait(false);
            }
        }

        await body.FlushAsync(cancel).ConfigureAwait(false);
        return Results.Empty;
    }
}
