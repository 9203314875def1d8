using System.Threading.RateLimiting;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Registry.Accounts;
using Enf.ClusterProfiles.Registry.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Enf.ClusterProfiles.Registry;

/// <summary>
/// Builds the reference registry: settings, storage, authentication, rate limiting, fault injection, endpoints.
/// A host (a portal, a test) can start one in its own process with <see cref="Build(RegistrySettings, Action{WebApplicationBuilder}?)"/>.
/// </summary>
public static class RegistryApp
{
    /// <summary>A registry from command-line arguments (see <see cref="RegistryCommandLine"/>); a mistake throws <see cref="RegistryConfigurationException"/>.</summary>
    /// <param name="args">The arguments, as on the command line.</param>
    /// <param name="configure">Adjusts the builder (logging, services such as a <see cref="TimeProvider"/>) before the registry's own services.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        Build(RegistryCommandLine.ParseOrThrow(args), configure);

    /// <summary>A registry with these settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="configure">Adjusts the builder (logging, services such as a <see cref="TimeProvider"/>) before the registry's own services.</param>
    public static WebApplication Build(RegistrySettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(settings.Urls);
        configure?.Invoke(builder);

        builder.Services.AddSingleton(settings);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => new RegistryDatabase(settings.DataDirectory));
        builder.Services.AddSingleton<ProfileStore>();
        builder.Services.AddSingleton<AccountStore>();
        builder.Services.AddSingleton<AdminToken>();
        builder.Services.AddSingleton<FailedAuthentications>();
        builder.Services.AddSingleton(provider => new ProfileAssessor(new Configuration.ClusterProfilesOptions(), provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddProblemDetails();
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
        _ = app.Services.GetRequiredService<RegistryDatabase>(); // open and migrate the database now: a problem stops the start, not the first request
        _ = app.Services.GetRequiredService<AdminToken>(); // and know the admin: made now at a first start without a token, to be shown before the start
        app.UseRateLimiter();
        if (settings.FaultRate > 0)
        {
            app.UseMiddleware<FaultInjector>();
        }

        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), api => api.UseMiddleware<TokenAuthentication>());

        app.MapGet("/openapi/v1.json", () => Results.Stream(OpenApiDocument.Open(), "application/json"))
            .WithName("openApiDocument").ExcludeFromDescription();
        app.MapGet("/openapi/" + OpenApiDocument.ProfileSchemaResourceName, () => Results.Stream(OpenApiDocument.Open(OpenApiDocument.ProfileSchemaResourceName), "application/schema+json"))
            .WithName("profileSchema").ExcludeFromDescription();
        app.MapGet("/openapi/" + OpenApiDocument.AssessmentSchemaResourceName, () => Results.Stream(OpenApiDocument.Open(OpenApiDocument.AssessmentSchemaResourceName), "application/schema+json"))
            .WithName("assessmentSchema").ExcludeFromDescription();
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }))
            .WithName("health").Produces(StatusCodes.Status200OK);

        var api = app.MapGroup("/api/v1")
            .RequireRateLimiting("api")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        ProfileEndpoints.Map(api);
        ExportEndpoint.Map(api);
        AccountEndpoints.Map(api);
        return app;
    }

    /// <summary>
    /// The admin token that building <paramref name="app"/> made (settings without a token, a data folder without a
    /// stored one): for the host to show this once, as the registry's own program does; the registry keeps only its
    /// hash. <see langword="null"/> when a token was given or one was stored already.
    /// </summary>
    public static string? CreatedAdminToken(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<AdminToken>().Created;
    }
}
