using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Registry.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Enf.ClusterProfiles.Registry;

/// <summary>Builds the reference registry: settings, storage, authentication, rate limiting, fault injection, endpoints.</summary>
internal static class RegistryApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var settings = RegistrySettings.From(builder.Configuration);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(provider => new ProfileStore(settings.DataDirectory, provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(provider => new ProfileAssessor(new Configuration.ClusterProfilesOptions(), provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1");
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Results.Problem(statusCode: 429, title: "Too many requests", detail: "Slow down and retry after the Retry-After delay.")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
            limiter.AddPolicy("api", context => RateLimitPartition.GetFixedWindowLimiter(
                context.Request.Headers.Authorization.ToString(),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitsPerSecond, Window = TimeSpan.FromSeconds(1), QueueLimit = 0 }));
        });

        var app = builder.Build();
        app.UseRateLimiter();
        if (settings.FaultRate > 0)
        {
            app.UseMiddleware<FaultInjector>();
        }

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }))
            .WithName("health").Produces(StatusCodes.Status200OK);

        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter(new BearerAuthentication(settings.Token))
            .RequireRateLimiting("api")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        ProfileEndpoints.Map(api);
        return app;
    }

    /// <summary>Checks <c>Authorization: Bearer …</c> in constant time; the token is never logged or echoed.</summary>
    private sealed class BearerAuthentication(string token) : IEndpointFilter
    {
        private readonly byte[] expected = Encoding.UTF8.GetBytes(token);

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(header[7..].Trim()) : [];
            if (!CryptographicOperations.FixedTimeEquals(given, expected))
            {
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem(statusCode: 401, title: "Unauthorized", detail: "A valid bearer token is required.");
            }

            return await next(context).ConfigureAwait(false);
        }
    }
}
