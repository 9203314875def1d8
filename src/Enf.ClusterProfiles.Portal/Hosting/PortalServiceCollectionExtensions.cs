using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal;
using Enf.ClusterProfiles.Portal.Hosting;
using Enf.ClusterProfiles.Portal.Registry;
using Enf.ClusterProfiles.Sync;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The portal's composition: its settings, the registry it talks to, sign-in, languages and pages.</summary>
public static class PortalServiceCollectionExtensions
{
    /// <summary>
    /// Adds the portal, talking to the registry at <paramref name="registryAddress"/> with <paramref name="ownToken"/>
    /// as its own token (<c>--token</c>, or the in-process registry's admin), and each person's token in their requests.
    /// </summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, PortalOptions options, Uri registryAddress, string ownToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddOptions<PortalOptions>().Configure(options.CopyTo).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>());
        services.AddClusterProfiles();
        services.AddHttpContextAccessor();

        // Letters such as ä, ö and å are written as they are; markup is still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // One way to a registry, over HTTP with the typed client: the reference registry started in this process
        // when none is given, or the one given with --registry.
        services.TryAddTransient<ActingAccountHandler>();
        var client = services.AddClusterRegistryClient(o =>
        {
            o.BaseAddress = registryAddress;
            o.Token = ownToken;

            // Someone is waiting for the page: a few short tries, not a sync's patience.
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
            o.MaxRetryAttempts = 2;
            o.MaxRetryDelay = TimeSpan.FromSeconds(2);
        }).AddHttpMessageHandler<ActingAccountHandler>();
        services.TryAddSingleton(sp => new PortalRegistries(
            sp.GetRequiredService<IHttpMessageHandlerFactory>(), sp.GetRequiredService<IOptions<ClusterRegistryClientOptions>>(), client.Name));

        // A page's registry acts as the signed-in person (their token from the session cookie), else as the portal.
        services.TryAddScoped(sp =>
        {
            var registries = sp.GetRequiredService<PortalRegistries>();
            return PortalPrincipal.TokenOf(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User) is { } token ? registries.As(token) : registries.Own();
        });
        services.TryAddSingleton(sp => new DemoAccounts(
            sp.GetRequiredService<IClusterRegistryApi>(), sp.GetRequiredService<PortalRegistries>(), sp.GetRequiredService<ProfileAssessor>(), sp.GetRequiredService<ILogger<DemoAccounts>>()));

        // Sessions and antiforgery tokens are protected with keys kept in the data folder, so a restart keeps people signed in.
        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")))
            .SetApplicationName("Enf.ClusterProfiles.Portal");
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "portal-session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever the portal runs on https
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(PortalPrincipal.ReviewerPolicy, policy => policy.RequireRole(PortalPrincipal.ReviewerRoles));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "portal-antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Clusters");
            o.Conventions.AddPageRoute("/Clusters/Edit", "clusters/new");
            o.Conventions.AuthorizeFolder("/Review", PortalPrincipal.ReviewerPolicy);
            o.Conventions.AuthorizePage("/Overview", PortalPrincipal.ReviewerPolicy);
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("fi");
            o.SupportedCultures = PortalApp.Cultures;
            o.SupportedUICultures = PortalApp.Cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
