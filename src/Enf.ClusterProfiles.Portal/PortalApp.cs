using System.Globalization;
using System.Security.Claims;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Portal.Registry;
using Enf.ClusterProfiles.Sync;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Enf.ClusterProfiles.Portal;

/// <summary>
/// The portal's settings, from the command line or the environment: <c>--data-dir</c> (<c>CLUSTER_PORTAL_DATA_DIR</c>),
/// <c>--registry</c> (<c>CLUSTER_PORTAL_REGISTRY</c>), <c>--token</c> (<c>CLUSTER_REGISTRY_TOKEN</c>), <c>--urls</c>.
/// </summary>
/// <param name="DataDirectory">Session keys, and the in-process registry's database.</param>
/// <param name="RegistryUrl">An external registry; <see langword="null"/> for the in-process one.</param>
/// <param name="Token">The portal's own token for the external registry (any of its accounts; a reviewer's is enough).</param>
public sealed record PortalSettings(string DataDirectory, Uri? RegistryUrl, string? Token);

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
        // Each registry call is not news: the client's requests and retries report only warnings and failures.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
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

        // One way to a registry, over HTTP with the typed client: the reference registry started in this process
        // when none is given, or the one given with --registry.
        var inProcess = settings.RegistryUrl is null ? InProcessRegistry.Start(Path.Combine(settings.DataDirectory, "registry")) : null;
        try
        {
            return Build(builder, settings, inProcess);
        }
        catch
        {
            inProcess?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    private static WebApplication Build(WebApplicationBuilder builder, PortalSettings settings, InProcessRegistry? inProcess)
    {
        if (inProcess is not null)
        {
            builder.Services.AddSingleton(_ => inProcess); // made by a factory, so the container disposes it with the portal
            builder.Services.AddHostedService(sp => sp.GetRequiredService<InProcessRegistry>());
        }

        var registryAddress = settings.RegistryUrl ?? inProcess!.Address;
        builder.Services.AddTransient<ActingAccountHandler>();
        builder.Services.AddClusterRegistryClient(options =>
        {
            options.BaseAddress = registryAddress;
            options.Token = settings.Token ?? inProcess!.AdminToken;

            // Someone is waiting for the page: a few short tries, not a sync's patience.
            options.AttemptTimeout = TimeSpan.FromSeconds(10);
            options.TotalTimeout = TimeSpan.FromSeconds(20);
            options.MaxRetryAttempts = 2;
            options.MaxRetryDelay = TimeSpan.FromSeconds(2);
        }).AddHttpMessageHandler<ActingAccountHandler>();
        builder.Services.AddTransient<IPortalRegistry, HttpPortalRegistry>();
        builder.Services.AddSingleton(sp => new DemoAccounts(sp.GetRequiredService<IClusterRegistryApi>(), sp.GetRequiredService<IPortalRegistry>(), sp.GetRequiredService<ProfileAssessor>()));

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
        app.MapClusterProfiles("/cluster-profiles"); // the live check: assess, fields and schema in the request's language
        try
        {
            _ = app.Services.GetService<InProcessRegistry>(); // resolved now: disposed with the portal even if it never starts
            ConnectAsync(app, settings, inProcess).GetAwaiter().GetResult();
        }
        catch
        {
            ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        return app;
    }

    /// <summary>
    /// Asks the registry whose the portal's token is (<c>GET /api/v1/me</c>, which the portal needs for every sign-in),
    /// so that a registry it cannot use stops the start with a sentence; then, in-process, the demo accounts and examples.
    /// </summary>
    private static async Task ConnectAsync(WebApplication app, PortalSettings settings, InProcessRegistry? inProcess)
    {
        var where = settings.RegistryUrl is { } url ? $"--registry {url}" : "the in-process registry";
        var token = settings.Token ?? inProcess!.AdminToken;
        PortalAccount? self;
        try
        {
            self = await app.Services.GetRequiredService<IPortalRegistry>().AuthenticateAsync(token, CancellationToken.None);
        }
        catch (Exception e) when (e is PortalRegistryException or HttpRequestException)
        {
            throw new PortalConfigurationException($"{where}: {e.Message}");
        }

        if (self is null)
        {
            throw new PortalConfigurationException($"{where}: the registry does not accept the token given (--token or CLUSTER_REGISTRY_TOKEN); give the token of one of its accounts.");
        }

        if (inProcess is null)
        {
            Console.WriteLine($"Registry: {settings.RegistryUrl} (the portal's token is the account '{self.Name}', {self.Role}); people sign in with their own tokens of that registry.");
            return;
        }

        await app.Services.GetRequiredService<DemoAccounts>().EnsureCreatedAsync(Console.Out, CancellationToken.None);
        Console.WriteLine($"Registry: the reference registry, in this process at {inProcess.Address} (admin token for this run: {inProcess.AdminToken}).");
    }

    /// <summary>The claims of a signed-in account; the registry token is kept in the protected cookie, never in a page.</summary>
    public static ClaimsPrincipal Principal(PortalAccount account, string token) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role), new Claim(TokenClaim, token)],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public const string TokenClaim = "registry-token";

    private static PortalSettings Settings(IConfiguration configuration)
    {
        // The option wins over its environment variable (the configuration holds both, the variables by name).
        string? Value(string option, string variable) => configuration[option] is { Length: > 0 } value ? value : configuration[variable] is { Length: > 0 } env ? env : null;

        var dataDirectory = Value("data-dir", "CLUSTER_PORTAL_DATA_DIR") is { } dir ? Path.GetFullPath(dir) : Path.Combine(Directory.GetCurrentDirectory(), "portal-data");
        var token = Value("token", "CLUSTER_REGISTRY_TOKEN");
        if (Value("registry", "CLUSTER_PORTAL_REGISTRY") is not { } url)
        {
            return new PortalSettings(dataDirectory, null, null); // the in-process registry makes its own admin token
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var registry) || registry.Scheme is not ("http" or "https"))
        {
            throw new PortalConfigurationException($"--registry must be an absolute http or https URL; '{url}' is not.");
        }

        if (!ClusterRegistryClientOptionsValidator.IsAllowed(registry))
        {
            throw new PortalConfigurationException($"--registry {registry}: tokens travel only over https, or http on the loopback interface (127.0.0.1, ::1, localhost).");
        }

        if (token is null)
        {
            throw new PortalConfigurationException($"--registry {registry} needs a token of that registry: --token TOKEN or the environment variable CLUSTER_REGISTRY_TOKEN (any account's; a reviewer's is enough).");
        }

        return new PortalSettings(dataDirectory, registry, token);
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
