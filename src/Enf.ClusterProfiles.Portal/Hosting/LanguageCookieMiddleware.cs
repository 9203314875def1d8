using Microsoft.AspNetCore.Localization;

namespace Enf.ClusterProfiles.Portal.Hosting;

/// <summary>A language chosen with <c>?lang=</c> (the switch's links) is kept in a cookie for the pages that follow.</summary>
internal sealed class LanguageCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.TryGetValue("lang", out var lang) && PortalApp.Cultures.Any(c => c.Name == lang.ToString()))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang.ToString())),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        }

        return next(context);
    }
}
