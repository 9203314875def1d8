using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.AspNetCore;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Enf.ClusterProfiles.IntegrationTests.AspNetCore;

/// <summary>
/// The minimal portal back end of docs/aspnetcore.md, run for real on 127.0.0.1 with a free port: the snippet
/// between the <c>// docs:</c> markers is what the page shows (followed there by <c>app.Run();</c>).
/// </summary>
public sealed partial class AspNetCoreDocSnippetTests
{
    [Fact]
    public async Task The_minimal_back_end_runs()
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"];

        // docs:aspnetcore-minimal
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddClusterProfiles(options => options.MaxProfileBytes = 256 * 1024);
        var app = builder.Build();
        app.MapClusterProfiles("/cluster-profiles");    // POST assess, GET fields, GET schema
        app.MapPost("/registrations", (AssessedProfile registration) =>
            {
                // Store registration.Profile; registration.Assessment holds warnings, PRO and completeness.
                return Results.Created($"/registrations/{registration.Profile.Id}", registration.Assessment.Pro);
            })
            .ValidateClusterProfile();                    // 422 by JSON path, 400 for broken JSON, 413 over the limit
        // docs:end

        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            var full = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full() with { LastUpdated = DateOnly.FromDateTime(DateTime.UtcNow.Date) });

            var assessed = await client.PostAsync("/cluster-profiles/assess?lang=sv", new StringContent(full, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
            Assert.Equal(["sv"], assessed.Content.Headers.ContentLanguage);

            var created = await client.PostAsync("/registrations", new StringContent(full, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            var refused = await client.PostAsync("/registrations", new StringContent(ClusterProfileJson.Serialize(ClusterProfileBuilder.Full() with { City = null }), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("city", out _));

            var tooLarge = await client.PostAsync("/cluster-profiles/assess", new ByteArrayContent(new byte[300 * 1024]));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public void The_page_shows_the_snippet_that_runs_in_at_most_15_lines()
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("tests/Enf.ClusterProfiles.IntegrationTests/AspNetCore/AspNetCoreDocSnippetTests.cs")).ReplaceLineEndings("\n");
        var match = Snippet().Match(source);
        Assert.True(match.Success);
        var lines = match.Groups["code"].Value.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var code = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        var page = File.ReadAllText(RepositoryFiles.PathOf("docs/aspnetcore.md")).ReplaceLineEndings("\n");

        var block = $"```csharp\nusing Enf.ClusterProfiles.AspNetCore;\n\n{code}\n\napp.Run();\n```";
        Assert.Contains(block, page, StringComparison.Ordinal);
        Assert.True(block.Split('\n').Length - 2 <= 15, $"the back end takes {block.Split('\n').Length - 2} lines");
    }

    [GeneratedRegex(@"// docs:aspnetcore-minimal\n(?<code>.*?)\s*// docs:end", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
