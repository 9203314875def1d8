using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// The ASP.NET Core package's <c>POST /cluster-profiles/assess</c> beside <c>POST /floor</c>, which answers the
/// same request with a fixed body of the same size: the floor of ASP.NET Core on this machine. measure.sh puts
/// wrk in front of both.
/// </summary>
internal static class WebMeasurement
{
    public static async Task RunAsync(int port, string profileFile)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddClusterProfiles();
        var app = builder.Build();

        app.MapClusterProfiles("/cluster-profiles");
        var assessment = app.Services.GetRequiredService<ProfileAssessor>().AssessJson(await File.ReadAllBytesAsync(profileFile));
        var fixedBody = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(ProfileAssessmentDto.From(assessment), ClusterProfileJson.AssessmentTypeInfo)
            .ReplaceLineEndings(string.Empty));
        app.MapPost("/floor", () => Results.Bytes(fixedBody, "application/json"));

        Console.WriteLine($"listening on 127.0.0.1:{port}; /floor answers {fixedBody.Length} bytes");
        await app.RunAsync();
    }
}
