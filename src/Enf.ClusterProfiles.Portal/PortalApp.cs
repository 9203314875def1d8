using System.Globalization;
using System.Security.Claims;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Portal.Registry;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Enf.ClusterProfiles.Portal;

/// <summary>The portal's settings, from the command line (<c>--data-dir</c>, <c>--registry</c>, <c>--urls</c>).</summary>
public sealed record PortalSettings(string DataDirectory, Uri? RegistryUrl);

/// <summary>Builds the portal: the registry it talks to, sign-in, languages, security headers, pages and the live check.</summary>
public static class PortalApp
{
    public const string DefaultUrl = "http://127.0.0.1:5090";

    public static readonly CultureInfo[] Cultures = [new("fi"), new("sv"), new("en")];

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(PortalApp).Assembly.GetName().Name, // the pages live here, also when a test hosts the portal
        });
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var settings = Settings(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddClusterProfiles();
        // Letters such as ä, ö and å are written as they are; markup is still encoded.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(sp => new EmbeddedRegistry(
            Path.Combine(settings.DataDirectory, "registry"), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ProfileAssessor>()));
        builder.Services.AddSingleton<IPortalRegistry>(sp => sp.GetRequiredService<EmbeddedRegistry>());
        builder.Services.AddSingleton<DemoAccounts>();

        // Sessions and antiforgery tokens are protected with keys kept in the data folder, so a restart keeps people signed in.
        builder.Services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys")))
            .SetApplicationName("Enf.ClusterProfiles.Portal");
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "portal-session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever the portal runs on https
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.AccessDeniedPath = "/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("Reviewer", policy => policy.RequireRole(Roles.Reviewer, Roles.Admin));
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "portal-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Clusters");
            options.Conventions.AddPageRoute("/Clusters/Edit", "clusters/new");
            options.Conventions.AuthorizeFolder("/Review", "Reviewer");
            options.Conventions.AuthorizePage("/Overview", "Reviewer");
        });
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("fi");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        var app = builder.Build();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use(SecurityHeaders);
        app.UseRequestLocalization();
        app.Use(RememberLanguage);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        AssessEndpoints.Map(app);
        app.Services.GetRequiredService<DemoAccounts>().EnsureCreated();
        return app;
    }

    /// <summary>The claims of a signed-in account; the registry token is kept in the protected cookie, never in a page.</summary>
    public static ClaimsPrincipal Principal(PortalAccount account, string token) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role), new Claim(TokenClaim, token)],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public const string TokenClaim = "registry-token";

    private static PortalSettings Settings(IConfiguration configuration)
    {
        var dataDirectory = configuration["data-dir"] is { Length: > 0 } dir ? Path.GetFullPath(dir) : Path.Combine(Directory.GetCurrentDirectory(), "portal-data");
        Uri? registry = null;
        if (configuration["registry"] is { Length: > 0 } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out registry) || registry.Scheme is not ("http" or "https")))
        {
            throw new PortalConfigurationException($"--registry must be an absolute http or https URL; '{url}' is not.");
        }

        if (registry is not null)
        {
            // Said plainly rather than ignored: the portal needs accounts and the review workflow (registry-api-v1
            // revision 1.1), which the reference registry does not serve yet.
            throw new PortalConfigurationException(
                $"--registry {registry}: an external registry needs accounts and the review workflow (registry-api-v1 revision 1.1), " +
                "which this version of the portal cannot use yet. Start without --registry to use the embedded registry.");
        }

        return new PortalSettings(dataDirectory, registry);
    }

    private static async Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        // Scripts and styles only from the portal's own files: no inline script can run, whatever a profile contains.
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
            "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        await next().ConfigureAwait(false);
    }

    /// <summary>A language chosen with <c>?lang=</c> (the switch's links) is kept in a cookie for the pages that follow.</summary>
    private static Task RememberLanguage(HttpContext context, Func<Task> next)
    {
        if (context.Request.Query.TryGetValue("lang", out var lang) && Cultures.Any(c => c.Name == lang.ToString()))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang.ToString())),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        }

        return next();
    }
}

/// <summary>The portal cannot start as asked; the message says what to give it.</summary>
public sealed class PortalConfigurationException(string message) : Exception(message);
