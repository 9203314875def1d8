using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>
/// The language of a request to these endpoints, decided by ASP.NET Core's own request localisation: <c>?lang=</c>
/// first, then <c>Accept-Language</c> (quality values honoured, <c>fi-FI</c> falling back to <c>fi</c>), else
/// English; <c>Content-Language</c> on the response says which. It runs around our endpoints only, with the
/// library's three languages, so an application's own localisation settings neither widen nor narrow them.
/// </summary>
internal sealed class RequestLanguage
{
    private const string ContinuationKey = "Enf.ClusterProfiles.AspNetCore.RequestLanguage.Continuation";

    private readonly RequestLocalizationMiddleware middleware;

    public RequestLanguage(ILoggerFactory? loggerFactory)
    {
        var cultures = LocalizedText.SupportedCultures.ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(cultures[0]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
            ApplyCurrentCultureToResponseHeaders = true, // Content-Language
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];

        // The middleware is built once; each request passes its own continuation through HttpContext.Items.
        middleware = new RequestLocalizationMiddleware(
            context => ((Func<Task>)context.Items[ContinuationKey]!)(),
            Options.Create(options),
            loggerFactory ?? NullLoggerFactory.Instance);
    }

    /// <summary>Runs <paramref name="next"/> with the request's culture set as the current (UI) culture.</summary>
    public async Task RunAsync(HttpContext context, Func<Task> next)
    {
        context.Response.Headers.Append("Vary", "Accept-Language"); // caches keep one answer per language
        context.Items[ContinuationKey] = next;
        try
        {
            await middleware.Invoke(context).ConfigureAwait(false);
        }
        finally
        {
            context.Items.Remove(ContinuationKey);
        }
    }

    /// <summary>The culture the request was answered in (after <see cref="RunAsync"/>), English when none was set.</summary>
    public static CultureInfo CultureOf(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? LocalizedText.SupportedCultures[0];
}
