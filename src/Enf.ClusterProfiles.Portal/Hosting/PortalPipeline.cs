namespace Enf.ClusterProfiles.Portal.Hosting;

/// <summary>The portal's middleware, in order: errors, security headers, language, files, sign-in, pages and the live check.</summary>
internal static class PortalPipeline
{
    public static void Use(WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseMiddleware<LanguageCookieMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapClusterProfiles("/cluster-profiles"); // the live check: assess, fields and schema in the request's language
    }
}
