using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Enf.ClusterProfiles.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Tests.AspNetCore;

/// <summary><c>ClusterProfilesEndpointOptions.BodyReadTimeout</c>: a body that stalls is a 408 problem in the configured time.</summary>
public sealed class BodyReadTimeoutTests
{
    private static Task<PortalHost> StartAsync(TimeSpan timeout) => PortalHost.StartAsync(
        map: app =>
        {
            app.MapClusterProfiles("/cluster-profiles");
            app.MapPost("/registrations", (AssessedProfile registration) => Results.Ok()).ValidateClusterProfile();
        },
        services: s => s.Configure<ClusterProfilesEndpointOptions>(o => o.BodyReadTimeout = timeout));

    [Theory]
    [InlineData("/cluster-profiles/assess?lang=en", "The body was not received within 2 seconds.")]
    [InlineData("/registrations?lang=fi", "Sisältöä ei saatu 2 sekunnissa.")]
    public async Task A_body_that_stalls_is_408_within_the_configured_time(string path, string detail)
    {
        await using var host = await StartAsync(TimeSpan.FromSeconds(2));
        using var stalled = new StalledContent("{\"id\": \"arctic-water\", ");
        var clock = Stopwatch.StartNew();

        using var response = await host.Client.PostAsync(path, stalled);

        clock.Stop();
        Assert.Equal(HttpStatusCode.RequestTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(408, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(detail, problem.RootElement.GetProperty("detail").GetString());

        // Not a speed test: the margin is wide, but far below the 30 s default, which would mean the option was not used.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void The_default_is_30_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new ClusterProfilesEndpointOptions().BodyReadTimeout);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(0.5)]
    [InlineData(601)]
    public async Task A_timeout_out_of_range_stops_the_start_with_a_clear_message(double seconds)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(TimeSpan.FromSeconds(seconds)));

        Assert.Contains("ClusterProfilesEndpointOptions.BodyReadTimeout", error.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:01 to 00:10:00", error.Message, StringComparison.Ordinal);
    }

    // A request body that sends its first bytes, then nothing more until the request is given up.
    private sealed class StalledContent : HttpContent
    {
        private readonly byte[] start;
        private readonly CancellationTokenSource stop = new();

        public StalledContent(string start)
        {
            this.start = Encoding.UTF8.GetBytes(start);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            await SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(start, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop.Token);
            await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default); // until disposed
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                stop.Cancel();
                stop.Dispose();
            }

            base.Dispose(disposing);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
